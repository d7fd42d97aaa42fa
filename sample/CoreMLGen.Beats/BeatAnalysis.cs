using System;
using System.Diagnostics;
using CoreMLGen.Audio.Beats;
using CoreMLGen.Audio.Features;
using CoreMLGen.Audio.Wav;

namespace CoreMLGen.Beats
{
    /// <summary>What one run found, and how long each step took.</summary>
    public sealed record BeatAnalysisResult(float[] Activations, double[] BeatTimes, TimeSpan Features, TimeSpan Network, TimeSpan Decoding)
    {
        public TimeSpan Total => Features + Network + Decoding;
    }

    /// <summary>
    /// madmom's offline beat tracker in three timed steps: its 266 spectral features per frame (CoreMLGen.Audio), the
    /// 8-network BLSTM ensemble as one prediction of the generated <see cref="BeatsBlstm"/> class, its DBN decoder.
    /// </summary>
    public sealed class BeatAnalysis
    {
        private readonly BeatsBlstm _network = BeatsBlstm.Load();
        private readonly DbnBeatDecoder _decoder = new(MadmomFeatures.Fps);

        public BeatAnalysisResult Analyze(AudioSignal signal)
        {
            var clock = Stopwatch.StartNew();
            float[] features = MadmomFeatures.ComputeFlat(signal, out int frames);
            TimeSpan featureTime = clock.Elapsed;

            // The converted networks take [frames, 1, inputs]: the whole file in one call, no copy.
            clock.Restart();
            var input = new BeatsBlstmInput(MultiArray<float>.Wrap(features, frames, 1, MadmomFeatures.FeatureCount));
            float[] activations = _network.Predict(input).Activations.ToArray();
            TimeSpan networkTime = clock.Elapsed;

            clock.Restart();
            double[] beats = _decoder.Decode(activations);
            return new BeatAnalysisResult(activations, beats, featureTime, networkTime, clock.Elapsed);
        }
    }
}
