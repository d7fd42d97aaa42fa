using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CoreMLGen.Converters.Madmom;
using CoreMLGen.Spec.Reading;
using CoreMLGen.Testing.Madmom;
using Google.Protobuf;
using Microsoft.Build.Framework;
using Shouldly;
using Xunit;

namespace CoreMLGen.Integration.Tests;

/// <summary>
/// A project on the packed packages that references madmom pickles as the README shows — one online beat network and
/// an 8-network ensemble (<c>Ensemble="BeatsBlstm"</c>) — plus the 8 members one by one: built, its typed classes
/// predict through the managed evaluator (the README's own items and code), the ensemble equals the mean of its
/// members, streaming equals one call; a
/// second build converts nothing, and touching one member converts the ensemble only. The networks are synthetic,
/// of the beat networks' shapes, so the test needs no fixtures.
/// </summary>
public class MadmomBuildTests
{
    private const int Frames = 24;
    private const string ConversionTask = "WriteCoreMLModelDescriptors";

    [Fact]
    public void Pickles_and_an_ensemble_build_into_typed_classes_that_predict_and_rebuild_only_what_changed()
    {
        using TemporaryProject project = TemporaryProject.Create(
            ReadmeBlock("xml") + $"""

                <PackageReference Include="CoreMLGen.Evaluator" Version="{PackedPackage.Instance.Version}" />
                <CoreMLModel Include="singles/*.pkl" Namespace="IntegrationApp.Singles" />
            """,
            Program(),
            name: "Beats");
        string online = Write(project, "models/beats_lstm_1.pkl", MadmomPickles.OnlineBeatNetwork(1));
        string[] members = Enumerable.Range(1, 8).Select(i => Write(project, "models/beats_blstm_" + i + ".pkl", MadmomPickles.OfflineBeatNetwork(100 + i))).ToArray();
        for (int i = 1; i <= 8; i++)
        {
            File.Copy(members[i - 1], Write(project, "singles/beats_blstm_" + i + ".pkl", null), overwrite: true);
        }

        File.WriteAllText(project.FullPath("online.txt"), RandomFrames(1, MadmomPickles.OnlineBeatInputs));
        File.WriteAllText(project.FullPath("offline.txt"), RandomFrames(2, MadmomPickles.OfflineBeatInputs));

        (DotnetBuild.Result first, BuildLog firstLog) = project.Build();

        first.ExitCode.ShouldBe(0, first.Output);
        firstLog.Warnings.ShouldBeEmpty(first.Output);
        firstLog.ConvertedModels.Count.ShouldBe(10);
        Spec(project, "models/beats_lstm_1.mlpackage").ShouldBe(MadmomConverter.Convert(MadmomSource.Load(online)).ToByteArray(), "the build converts as the converter does");
        Spec(project, "models/BeatsBlstm.mlpackage").ShouldBe(MadmomConverter.Convert(members.Select(m => MadmomSource.Load(m)).ToArray()).ToByteArray());

        Dictionary<string, double[]> outputs = Outputs(project.RunApp());
        outputs["online"].Length.ShouldBe(Frames);
        MaxAbsDiff(outputs["online"], outputs["streamed"]).ShouldBeLessThanOrEqualTo(1e-6, "frame by frame through the session = one call");
        double[] mean = Enumerable.Range(0, Frames).Select(t => Enumerable.Range(1, 8).Average(i => outputs["member" + i][t])).ToArray();
        MaxAbsDiff(mean, outputs["ensemble"]).ShouldBeLessThanOrEqualTo(1e-6, "the ensemble is the mean of its members");
        MaxAbsDiff(outputs["member1"], outputs["ensemble"]).ShouldBeGreaterThan(1e-3, "the members differ, so the mean is a real check");
        outputs["readme"].ShouldBe(outputs["ensemble"].Append(outputs["streamed"][0]).ToArray(), "the README's code gives the same values");

        (DotnetBuild.Result second, BuildLog secondLog) = project.Build();
        second.ExitCode.ShouldBe(0, second.Output);
        secondLog.TaskRuns(ConversionTask).ShouldBe(0);
        secondLog.ConvertedModels.ShouldBeEmpty();
        secondLog.Skips("_CoreMLGen_WriteDescriptors").ShouldAllBe(reason => reason == TargetSkipReason.OutputsUpToDate);

        File.SetLastWriteTimeUtc(members[2], DateTime.UtcNow.AddSeconds(1));
        (DotnetBuild.Result third, BuildLog thirdLog) = project.Build();
        third.ExitCode.ShouldBe(0, third.Output);
        thirdLog.ConvertedModels.ShouldBe(new[] { "BeatsBlstm.pkl" }, "touching one member converts its ensemble only");
    }

    private static string Program()
    {
        IEnumerable<string> singles = Enumerable.Range(1, 8).Select(i =>
            $"Console.WriteLine(\"member{i} \" + Text(IntegrationApp.Singles.beats_blstm_{i}.Load().Predict(offline).Activations));");
        return """
            using System;
            using System.Globalization;
            using System.IO;
            using System.Linq;
            using CoreMLGen;
            using IntegrationApp;

            float[] onlineFrames = Read("online.txt"), offlineFrames = Read("offline.txt");
            int n = onlineFrames.Length / beats_lstm_1Input.FeaturesShape[0];
            var offline = MultiArray<float>.Wrap(offlineFrames, n, 1, 266);

            beats_lstm_1 network = beats_lstm_1.Load();
            Console.WriteLine("online " + Text(network.Predict(MultiArray<float>.Wrap(onlineFrames, n, 1, 162)).Activations));
            beats_lstm_1Session session = network.StartSession();
            Console.WriteLine("streamed " + string.Join(" ", Enumerable.Range(0, n).Select(t =>
                Text(session.Predict(MultiArray<float>.Wrap(onlineFrames[(t * 162)..((t + 1) * 162)], 1, 1, 162)).Activations))));
            Console.WriteLine("ensemble " + Text(BeatsBlstm.Load().Predict(offline).Activations));
            SINGLES
            {
                float[] features = offlineFrames, frame = onlineFrames[..162];
                int count = n;
            README
                Console.WriteLine("readme " + string.Join(" ", beats.Append(first).Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
            }

            static float[] Read(string file) => File.ReadAllText(file).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => float.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            static string Text(MultiArray<float> values) => string.Join(" ", values.ToArray().Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
            """.Replace("SINGLES", string.Join("\n", singles), StringComparison.Ordinal).Replace("README", ReadmeBlock("csharp"), StringComparison.Ordinal);
    }

    /// <summary>The README's madmom section's code block in the language: the test builds and runs exactly that.</summary>
    private static string ReadmeBlock(string language)
    {
        string readme = File.ReadAllText(Path.Combine(CoreMLGen.Testing.TestPaths.RepoRoot, "README.md")).ReplaceLineEndings("\n");
        string section = readme[readme.IndexOf("## madmom networks", StringComparison.Ordinal)..];
        int start = section.IndexOf("```" + language + "\n", StringComparison.Ordinal) + language.Length + 4;
        return section[start..section.IndexOf("```", start, StringComparison.Ordinal)];
    }

    private static string Write(TemporaryProject project, string relative, PyObject? network)
    {
        string path = project.FullPath(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (network is not null)
        {
            File.WriteAllBytes(path, PickleWriter.Pickle(network));
        }

        return path;
    }

    private static string RandomFrames(int seed, int inputs)
    {
        var random = new Random(seed);
        return string.Join(" ", Enumerable.Range(0, Frames * inputs).Select(_ => ((float)((random.NextDouble() * 2) - 1)).ToString("R", CultureInfo.InvariantCulture)));
    }

    private static byte[] Spec(TemporaryProject project, string package)
    {
        ModelReadResult read = ModelReader.Read(Path.Combine(project.DescriptorDirectory, package));
        read.Errors.ShouldBeEmpty();
        return read.SpecBytes!;
    }

    private static Dictionary<string, double[]> Outputs(DotnetBuild.Result run)
    {
        run.ExitCode.ShouldBe(0, run.Output);
        return run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToDictionary(
            line => line.Split(' ')[0],
            line => line.Split(' ').Skip(1).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray());
    }

    private static double MaxAbsDiff(double[] expected, double[] actual)
    {
        actual.Length.ShouldBe(expected.Length);
        return expected.Zip(actual, (e, a) => Math.Abs(e - a)).Max();
    }
}
