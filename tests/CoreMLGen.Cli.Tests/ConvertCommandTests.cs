using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CoreML.Specification;
using CoreMLGen.Converters.Madmom;
using CoreMLGen.Spec.Reading;
using CoreMLGen.Testing;
using CoreMLGen.Testing.Madmom;
using Google.Protobuf;
using Shouldly;
using Xunit;

namespace CoreMLGen.Cli.Tests;

/// <summary><c>coremlgen convert</c>: the build's conversion of madmom pickles by hand, written atomically.</summary>
public sealed class ConvertCommandTests : System.IDisposable
{
    private readonly GoldenFiles _files = new();

    public void Dispose() => _files.Dispose();

    private string Pickle(string name, PyObject network)
    {
        File.WriteAllBytes(_files[name], PickleWriter.Pickle(network));
        return _files[name];
    }

    private string OnlineBeats() => Pickle("beats_lstm_1.pkl", MadmomPickles.OnlineBeatNetwork(1));

    private string Gru() => Pickle("gru.pkl", MadmomPickles.Network(new MadmomPickles(5).Gru(4, 3), new MadmomPickles(6).Dense(3, 1, "sigmoid")));

    [Fact]
    public void One_network_becomes_the_spec_the_converter_makes()
    {
        string pickle = OnlineBeats();

        (int exitCode, string output, string error) = GoldenFiles.Cli("convert", pickle, "-o", _files["Beats.mlmodel"]);

        exitCode.ShouldBe(0, error);
        error.ShouldBeEmpty();
        output.ShouldBe(_files["Beats.mlmodel"] + "\n");
        File.ReadAllBytes(_files["Beats.mlmodel"]).ShouldBe(MadmomConverter.Convert(MadmomSource.Load(pickle)).ToByteArray());
    }

    [Fact]
    public void Several_networks_with_ensemble_average_become_one_package_in_the_builds_member_order()
    {
        string[] members = Enumerable.Range(1, 3).Select(i => Pickle("beats_blstm_" + i + ".pkl", MadmomPickles.Network(new MadmomPickles(i).Lstm(6, 4), new MadmomPickles(10 + i).Dense(4, 1, "sigmoid")))).ToArray();

        (int exitCode, _, string error) = GoldenFiles.Cli("convert", members[2], members[0], members[1], "--ensemble", "average", "-o", _files["Beats.mlpackage"]);

        exitCode.ShouldBe(0, error);
        ModelReadResult read = ModelReader.Read(_files["Beats.mlpackage"]);
        read.Errors.ShouldBeEmpty();
        read.SpecBytes.ShouldBe(MadmomConverter.Convert(members.Select(m => MadmomSource.Load(m)).ToArray()).ToByteArray());
        read.Spec!.NeuralNetwork.Layers.Last().Average.ShouldNotBeNull();
        read.Spec.Description.Metadata.UserDefined["com.github.coremlgen.source"].ShouldBe("beats_blstm_1.pkl;beats_blstm_2.pkl;beats_blstm_3.pkl");
    }

    [Theory]
    [InlineData("two", "", "out.mlmodel", "error: 2 networks given: add --ensemble average to average them into one model, or convert them one at a time.")]
    [InlineData("one", "median", "out.mlmodel", "error: --ensemble median is not a way to combine networks; the one there is: --ensemble average.")]
    [InlineData("one", "", "out.onnx", "must end in .mlmodel (a spec file) or .mlpackage (a package folder).")]
    [InlineData("not-pickle", "", "out.mlmodel", "is not a madmom .pkl network; convert reads only those.")]
    public void A_bad_command_line_exits_2_with_one_line(string inputs, string ensemble, string output, string message)
    {
        string pickle = OnlineBeats();
        string[] args = inputs switch
        {
            "two" => new[] { "convert", pickle, pickle },
            "not-pickle" => new[] { "convert", _files["model.mlmodel"] },
            _ => new[] { "convert", pickle },
        };
        args = args.Concat(new[] { "-o", _files[output] }).Concat(ensemble.Length > 0 ? new[] { "--ensemble", ensemble } : System.Array.Empty<string>()).ToArray();

        (int exitCode, string stdout, string error) = GoldenFiles.Cli(args);

        exitCode.ShouldBe(2);
        stdout.ShouldBeEmpty();
        error.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem().ShouldEndWith(message);
        File.Exists(_files[output]).ShouldBeFalse();
    }

    [Fact]
    public void A_hostile_pickle_is_a_located_error_and_the_previous_model_stays_whole()
    {
        string evil = _files["evil.pkl"];
        File.WriteAllBytes(evil, Encoding.Latin1.GetBytes("\u0080\u0002cos\nsystem\nU\u0002ls\u0085R."));
        File.WriteAllText(_files["Beats.mlmodel"], "previous");

        (int exitCode, string output, string error) = GoldenFiles.Cli("convert", evil, "-o", _files["Beats.mlmodel"]);

        exitCode.ShouldBe(1);
        output.ShouldBeEmpty();
        error.ShouldStartWith(evil + ": error CMLG2030: Cannot convert the madmom network 'evil.pkl': evil.pkl: ");
        error.ShouldContain("'os.system'");
        error.Trim().Split('\n').ShouldHaveSingleItem();
        File.ReadAllText(_files["Beats.mlmodel"]).ShouldBe("previous");
    }

    [Fact]
    public void A_GRU_network_is_refused_with_the_reason_and_nothing_is_written()
    {
        (int exitCode, _, string error) = GoldenFiles.Cli("convert", Gru(), "-o", _files["Gru.mlpackage"]);

        exitCode.ShouldBe(1);
        error.ShouldContain(": error CMLG2030: ");
        error.ShouldContain("layers[0] is a GRULayer. madmom applies the reset gate after the recurrent product");
        Directory.Exists(_files["Gru.mlpackage"]).ShouldBeFalse();
        Directory.EnumerateFileSystemEntries(_files.Directory).Select(Path.GetFileName).ShouldBe(new[] { "gru.pkl" });
    }

    [Fact]
    public void An_output_that_cannot_be_written_exits_2_and_leaves_what_was_there()
    {
        Directory.CreateDirectory(_files["Beats.mlmodel"]);

        (int exitCode, _, string error) = GoldenFiles.Cli("convert", OnlineBeats(), "-o", _files["Beats.mlmodel"]);

        exitCode.ShouldBe(2);
        error.ShouldStartWith("error: cannot write '" + _files["Beats.mlmodel"] + "': ");
        Directory.Exists(_files["Beats.mlmodel"]).ShouldBeTrue();
    }

    [Fact]
    public void Inspect_lists_a_networks_layers_before_conversion()
    {
        string pickle = Pickle("beats_blstm_1.pkl", MadmomPickles.OfflineBeatNetwork(1));

        (int exitCode, string output, string error) = GoldenFiles.Cli("inspect", pickle);

        exitCode.ShouldBe(0, error);
        Snapshot.Verify(Snapshot.DirectoryFor(), "InspectPickle", "OfflineBeatNetwork.txt", output.Replace(pickle, "beats_blstm_1.pkl"));
    }

    [Fact]
    public void Inspect_says_why_a_network_will_not_convert()
    {
        (int exitCode, string output, string error) = GoldenFiles.Cli("inspect", Gru());

        exitCode.ShouldBe(0, error);
        output.ShouldContain("Conversion  refused: gru.pkl: layers[0] is a GRULayer.");
        output.ShouldContain("  layers[0]  GRULayer          4       3       ");
        output.ShouldContain("gates sigmoid, cell tanh");
    }

    [Fact]
    public void Inspect_of_a_hostile_pickle_is_one_located_error_line()
    {
        File.WriteAllBytes(_files["evil.pkl"], Encoding.Latin1.GetBytes("\u0080\u0002csubprocess\nPopen\nU\u0002ls\u0085R."));

        (int exitCode, string output, string error) = GoldenFiles.Cli("inspect", _files["evil.pkl"]);

        exitCode.ShouldBe(1);
        output.ShouldBeEmpty();
        error.Trim().Split('\n').ShouldHaveSingleItem().ShouldStartWith(_files["evil.pkl"] + ": error CMLG2030: Cannot read the madmom network 'evil.pkl': ");
        error.ShouldContain("'subprocess.Popen'");
    }

    [FixtureFact]
    public async Task The_tool_converts_madmoms_beat_ensemble_and_inspects_its_online_network()
    {
        string folder = Path.Combine(TestPaths.SharedFixtures, "madmom");
        string[] members = Enumerable.Range(1, 8).Select(i => Path.Combine(folder, "beats_2015_beats_blstm_" + i + ".pkl")).ToArray();

        (int convertExit, string converted, string convertError) = await CoremlgenProcess.RunAsync(new[] { "convert" }.Concat(members).Concat(new[] { "--ensemble", "average", "-o", _files["BeatsBlstm.mlpackage"] }).ToArray());
        (int inspectExit, string inspected, string inspectError) = await CoremlgenProcess.RunAsync("inspect", Path.Combine(folder, "beats_2016_beats_lstm_1.pkl"));

        convertExit.ShouldBe(0, convertError);
        converted.Trim().ShouldBe(_files["BeatsBlstm.mlpackage"]);
        Model spec = ModelReader.Read(_files["BeatsBlstm.mlpackage"]).Spec!;
        spec.NeuralNetwork.Layers.Count.ShouldBe((8 * 5) + 1);
        spec.Description.Input.Single().Type.MultiArrayType.Shape.ShouldBe(new long[] { 266 });
        inspectExit.ShouldBe(0, inspectError);
        inspected.ShouldContain("Input       162 values per frame (features)");
        inspected.ShouldContain("  layers[0]  LSTMLayer         162     25       18875       gates sigmoid, cell tanh, output tanh; peepholes: input, forget, output");
        inspected.ShouldContain("Conversion  supported: a Core ML NeuralNetwork of 5 layers");
    }
}
