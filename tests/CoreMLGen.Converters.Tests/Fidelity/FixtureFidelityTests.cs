using System.IO;
using CoreML.Specification;
using CoreMLGen.Converters.Madmom;
using CoreMLGen.Converters.Madmom.Pickles;
using CoreMLGen.Converters.Tests.Harness;
using CoreMLGen.Converters.Tests.Reference;
using CoreMLGen.Testing;
using Shouldly;
using Xunit;

namespace CoreMLGen.Converters.Tests.Fidelity;

/// <summary>Every fixture network, converted and run by the evaluator, against the double-precision madmom reference.</summary>
public sealed class FixtureFidelityTests
{
    private const double Tolerance = 1e-5;

    [FixtureTheory]
    [MemberData(nameof(MadmomFixtures.All), MemberType = typeof(MadmomFixtures))]
    public void Converted_network_matches_madmom_on_random_inputs(string fileName)
    {
        string path = MadmomFixtures.Path_(fileName);
        MadmomSource source = MadmomSource.Load(path);
        var run = new ModelRun(MadmomConverter.Convert(source));
        var reference = new MadmomReference(MadmomPickleReader.Read(File.ReadAllBytes(path)));
        foreach (int frames in new[] { 1, 2, 400 })
        {
            double[][] x = ModelRun.RandomFrames(1000 + frames, frames, source.Network.InputSize);
            double diff = ModelRun.MaxAbsDiff(reference.Run(x), run.Activations(x));
            diff.ShouldBeLessThanOrEqualTo(Tolerance, fileName + ", " + frames + " frames");
        }
    }

    /// <summary>
    /// Frames that push cells far past ±50 for 100 frames and then back: a cell clipped at 50 (Core ML's default)
    /// recovers sooner than madmom's unclipped one, so the outputs differ unless clipping is off.
    /// </summary>
    [FixtureTheory]
    [MemberData(nameof(MadmomFixtures.All), MemberType = typeof(MadmomFixtures))]
    public void Converted_network_matches_madmom_when_cells_pass_fifty(string fileName)
    {
        string path = MadmomFixtures.Path_(fileName);
        MadmomSource source = MadmomSource.Load(path);
        Model model = MadmomConverter.Convert(source);
        var reference = new MadmomReference(MadmomPickleReader.Read(File.ReadAllBytes(path)));
        double[][] x = SaturatingFrames(source.Network.InputSize);
        double[][] expected = reference.Run(x);

        reference.MaxAbsCell.ShouldBeGreaterThan(50, "the input must drive cell states past Core ML's default clip");
        ModelRun.MaxAbsDiff(expected, new ModelRun(model).Activations(x)).ShouldBeLessThanOrEqualTo(Tolerance, fileName);
        ModelRun.MaxAbsDiff(expected, new ModelRun(WithCellClip(model, 50)).Activations(x)).ShouldBeGreaterThan(1e-3, "with Core ML's default clip the test must see a difference");
    }

    internal static double[][] SaturatingFrames(int inputs)
    {
        double[] up = ModelRun.RandomFrames(7, 1, inputs, scale: 3)[0];
        var frames = new double[200][];
        for (int t = 0; t < frames.Length; t++)
        {
            frames[t] = t < 100 ? up : System.Array.ConvertAll(up, v => -v);
        }

        return frames;
    }

    private static Model WithCellClip(Model model, float clip)
    {
        Model copy = model.Clone();
        foreach (NeuralNetworkLayer layer in copy.NeuralNetwork.Layers)
        {
            if (layer.UniDirectionalLSTM is { } uni)
            {
                uni.Params.CellClipThreshold = clip;
            }

            if (layer.BiDirectionalLSTM is { } bi)
            {
                bi.Params.CellClipThreshold = clip;
            }
        }

        return copy;
    }
}
