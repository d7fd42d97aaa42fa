using System.IO;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Converters.Madmom;
using CoreMLGen.Converters.Madmom.Network;
using CoreMLGen.Converters.Madmom.Pickles;
using CoreMLGen.Converters.Tests.Harness;
using CoreMLGen.Converters.Tests.Reference;
using CoreMLGen.Testing;
using CoreMLGen.Testing.Madmom;
using Shouldly;
using Xunit;

namespace CoreMLGen.Converters.Tests.Fidelity;

/// <summary>Several networks → one model with parallel branches and an average layer.</summary>
public sealed class EnsembleTests
{
    [FixtureFact]
    public void The_beat_ensemble_equals_the_mean_of_its_eight_networks()
    {
        MadmomSource[] members = MadmomFixtures.BeatEnsemble.Select(p => MadmomSource.Load(p)).ToArray();
        Model ensemble = MadmomConverter.Convert(members);
        double[][] x = ModelRun.RandomFrames(77, 150, members[0].Network.InputSize);

        double[][] actual = new ModelRun(ensemble).Activations(x);
        double[][][] singles = members.Select(m => new ModelRun(MadmomConverter.Convert(m)).Activations(x)).ToArray();
        double[][] mean = Mean(singles);
        double[][] referenceMean = Mean(MadmomFixtures.BeatEnsemble.Select(p => new MadmomReference(MadmomPickleReader.Read(File.ReadAllBytes(p))).Run(x)).ToArray());

        ModelRun.MaxAbsDiff(mean, actual).ShouldBeLessThanOrEqualTo(1e-6);
        ModelRun.MaxAbsDiff(referenceMean, actual).ShouldBeLessThanOrEqualTo(1e-5);
        ensemble.NeuralNetwork.Layers.Last().Average.ShouldNotBeNull();
        ensemble.Description.Metadata.UserDefined["com.github.coremlgen.source"].ShouldBe(string.Join(";", members.Select(m => m.Name)));
    }

    [Fact]
    public void Members_of_unidirectional_ensembles_keep_their_own_states()
    {
        var a = new MadmomSource("a.pkl", MadmomNetworkReader.Read(PickleWriter.Pickle(MadmomPickles.Network(new MadmomPickles(1).Lstm(4, 3), new MadmomPickles(2).Dense(3, 1, "sigmoid")))));
        var b = new MadmomSource("b.pkl", MadmomNetworkReader.Read(PickleWriter.Pickle(MadmomPickles.Network(new MadmomPickles(3).Recurrent(4, 2, "tanh"), new MadmomPickles(4).Dense(2, 1, "sigmoid")))));
        Model model = MadmomConverter.Convert(new[] { a, b });

        model.Description.Input.Select(i => i.Name).ShouldBe(new[] { "features", "net1_layer0_h_in", "net1_layer0_c_in", "net2_layer0_h_in" });
        double[][] x = ModelRun.RandomFrames(3, 9, 4);
        double[][] actual = new ModelRun(model).Activations(x);
        double[][] mean = Mean(new[] { new ModelRun(MadmomConverter.Convert(a)).Activations(x), new ModelRun(MadmomConverter.Convert(b)).Activations(x) });
        ModelRun.MaxAbsDiff(mean, actual).ShouldBeLessThanOrEqualTo(1e-6);
    }

    [Fact]
    public void Networks_of_different_sizes_do_not_make_an_ensemble()
    {
        var a = new MadmomSource("a.pkl", MadmomNetworkReader.Read(PickleWriter.Pickle(MadmomPickles.Network(new MadmomPickles(1).Dense(4, 1, "sigmoid")))));
        var b = new MadmomSource("b.pkl", MadmomNetworkReader.Read(PickleWriter.Pickle(MadmomPickles.Network(new MadmomPickles(1).Dense(5, 1, "sigmoid")))));
        Should.Throw<MadmomFormatException>(() => MadmomConverter.Convert(new[] { a, b })).Message.ShouldBe("b.pkl maps 5 inputs to 1 outputs but a.pkl maps 4 inputs to 1 outputs; an ensemble's networks must agree");
    }

    private static double[][] Mean(double[][][] runs) =>
        runs[0].Select((frame, t) => frame.Select((_, i) => runs.Average(r => r[t][i])).ToArray()).ToArray();
}
