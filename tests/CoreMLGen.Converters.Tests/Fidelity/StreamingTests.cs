using System.Collections.Generic;
using System.Linq;
using CoreMLGen.Converters.Madmom;
using CoreMLGen.Converters.Madmom.Network;
using CoreMLGen.Converters.Tests.Harness;
using CoreMLGen.Testing;
using CoreMLGen.Testing.Madmom;
using Shouldly;
using Xunit;

namespace CoreMLGen.Converters.Tests.Fidelity;

/// <summary>Unidirectional networks fed frame by frame, each call's state outputs fed back, equal one long call.</summary>
public sealed class StreamingTests
{
    [FixtureFact]
    public void The_online_beat_network_streams_frame_by_frame_like_one_long_call()
    {
        MadmomSource source = MadmomSource.Load(MadmomFixtures.Path_(MadmomFixtures.OnlineLstm));
        AssertStreamingMatches(source, frames: 40, chunk: 1);
    }

    [Fact]
    public void Recurrent_and_LSTM_layers_stream_in_chunks_like_one_long_call()
    {
        var m = new MadmomPickles(9);
        PyObject network = MadmomPickles.Network(m.Recurrent(5, 4, "tanh"), m.Lstm(4, 3), m.Dense(3, 2, "sigmoid"));
        var source = new MadmomSource("stream.pkl", MadmomNetworkReader.Read(PickleWriter.Pickle(network)));
        AssertStreamingMatches(source, frames: 12, chunk: 3);
    }

    private static void AssertStreamingMatches(MadmomSource source, int frames, int chunk)
    {
        var model = MadmomConverter.Convert(source);
        var run = new ModelRun(model);
        double[][] x = ModelRun.RandomFrames(31, frames, source.Network.InputSize);
        float[] whole = run.Predict(x)["activations"];

        var states = new Dictionary<string, float[]>();
        var streamed = new List<float>();
        string[] stateInputs = model.Description.Input.Skip(1).Select(i => i.Name).ToArray();
        stateInputs.ShouldNotBeEmpty();
        for (int start = 0; start < frames; start += chunk)
        {
            IReadOnlyDictionary<string, float[]> output = run.Predict(x.Skip(start).Take(chunk).ToArray(), states);
            streamed.AddRange(output["activations"]);
            states = stateInputs.ToDictionary(name => name, name => output[name.Replace("_in", "_out", System.StringComparison.Ordinal)]);
        }

        double max = whole.Zip(streamed, (a, b) => System.Math.Abs(a - b)).Max();
        streamed.Count.ShouldBe(whole.Length);
        max.ShouldBeLessThanOrEqualTo(1e-6);
    }
}
