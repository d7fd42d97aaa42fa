using System.Linq;
using CoreMLGen.Converters.Madmom;
using CoreMLGen.Converters.Madmom.Network;
using CoreMLGen.Testing.Builders;
using CoreMLGen.Testing.Madmom;

namespace CoreMLGen.Generator.Tests.Harness;

/// <summary>
/// madmom networks as the build converts them (<c>.pkl</c> items): pickles of the beat networks' shapes, built in
/// the tests (no fixtures needed), read and converted by <see cref="MadmomConverter"/>.
/// </summary>
public static class MadmomModels
{
    /// <summary>One network of the online beat network's shape (unidirectional: its states become inputs and outputs).</summary>
    public static SpecBuilder OnlineBeats() => SpecBuilder.From(MadmomConverter.Convert(Source("beats_lstm_1.pkl", MadmomPickles.OnlineBeatNetwork(1))));

    /// <summary>Eight networks of the offline beat networks' shape averaged into one model, as <c>Ensemble="BeatsBlstm"</c>.</summary>
    public static SpecBuilder OfflineBeatEnsemble() => SpecBuilder.From(MadmomConverter.Convert(
        Enumerable.Range(1, 8).Select(i => Source("beats_blstm_" + i + ".pkl", MadmomPickles.OfflineBeatNetwork(i))).ToArray()));

    private static MadmomSource Source(string name, PyObject network) => new(name, MadmomNetworkReader.Read(PickleWriter.Pickle(network)));
}
