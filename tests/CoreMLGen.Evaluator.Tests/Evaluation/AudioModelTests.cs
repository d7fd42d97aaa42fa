using System;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation;
using CoreMLGen.Evaluator.Tests.Reference;
using CoreMLGen.Testing.Models;
using Shouldly;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.Evaluation;

/// <summary>
/// The two NeuralNetwork audio interfaces of issue 13 (a PANN-style tagger, a BiLSTM + attention piano-roll refiner)
/// run through the evaluator and match float64 recomputations of their layer equations.
/// </summary>
public class AudioModelTests
{
    private const double Tolerance = 1e-4;

    [Fact]
    public void The_tagger_gives_its_three_outputs_as_the_reference_does()
    {
        Model spec = AudioModels.AudioTagger().Build();
        ModelEvaluator model = ModelEvaluator.Load(AudioModels.AudioTagger().ToBytes(), AudioModels.TaggerFileName);
        float[] waveform = Waveform(new Random(5));

        IFeatureProvider output = EvaluatorTestModels.Predict(model, (AudioModels.TaggerInput, EvaluatorTestModels.Floats(waveform, 1, AudioModels.Samples)));
        (double[] clip, double[] frames, double[] melspec) = AudioTaggerReference.Run(spec, waveform);

        AssertClose(output, "clip_output", new[] { 1, AudioModels.Classes }, clip);
        AssertClose(output, "frame_output", new[] { 1, AudioModels.Frames, AudioModels.Classes }, frames);
        AssertClose(output, "melspec", new[] { 1, 1, AudioModels.Frames, AudioModels.MelBins }, melspec);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(120)]
    public void The_refiner_takes_any_number_of_frames_and_matches_the_reference(int frames)
    {
        Model spec = AudioModels.PianoRollRefiner().Build();
        ModelEvaluator model = ModelEvaluator.Load(AudioModels.PianoRollRefiner().ToBytes(), AudioModels.RefinerFileName);
        var random = new Random(frames);
        float[] roll = Enumerable.Range(0, frames * AudioModels.Keys).Select(_ => (float)random.NextDouble()).ToArray();

        IFeatureProvider output = EvaluatorTestModels.Predict(model, ("pianoroll", EvaluatorTestModels.Floats(roll, frames, AudioModels.Keys)));

        AssertClose(output, "refined", new[] { frames, AudioModels.Keys }, RefinerReference(spec, roll, frames));
    }

    [Fact]
    public void The_refiner_refuses_a_roll_of_the_wrong_width_before_any_work()
    {
        ModelEvaluator model = ModelEvaluator.Load(AudioModels.PianoRollRefiner().ToBytes(), AudioModels.RefinerFileName);

        Should.Throw<CoreMLException>(() => EvaluatorTestModels.Predict(model, ("pianoroll", EvaluatorTestModels.Floats(new float[4 * 87], 4, 87))))
            .Message.ShouldBe("Input 'pianoroll' has shape [4, 87], but the model takes shapes [1..*, 88..88].");
    }

    internal static float[] Waveform(Random random)
        => Enumerable.Range(0, AudioModels.Samples).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray();

    private static void AssertClose(IFeatureProvider output, string name, int[] shape, double[] expected)
    {
        MultiArray<float> actual = output.GetFeatureValue(name)!.GetMultiArray<float>();
        actual.Shape.ShouldBe(shape, name);
        float[] values = actual.ToArray();
        double worst = values.Select((v, i) => Math.Abs(v - expected[i])).Max();
        worst.ShouldBeLessThanOrEqualTo(Tolerance, name);
    }

    // BiLSTM (forward then backward halves per frame) → Q, K, V → softmax(QKᵀ) V → sigmoid(· W + b), in float64.
    private static double[] RefinerReference(Model spec, float[] roll, int frames)
    {
        BiDirectionalLSTMLayerParams lstm = spec.NeuralNetwork.Layers.Single(l => l.Name == "bilstm").BiDirectionalLSTM;
        int hidden = AudioModels.Hidden;
        RecurrentRun forward = Direction(lstm.WeightParams[0], roll, frames, reverse: false);
        RecurrentRun backward = Direction(lstm.WeightParams[1], roll, frames, reverse: true);
        var states = new double[frames * 2 * hidden];
        for (int t = 0; t < frames; t++)
        {
            Array.Copy(forward.Steps[t], 0, states, t * 2 * hidden, hidden);
            Array.Copy(backward.Steps[frames - 1 - t], 0, states, (t * 2 * hidden) + hidden, hidden);
        }

        double[] q = AudioTaggerReference.Dense(AudioTaggerReference.Layer(spec, "queries"), states, frames);
        double[] k = AudioTaggerReference.Dense(AudioTaggerReference.Layer(spec, "keys"), states, frames);
        double[] v = AudioTaggerReference.Dense(AudioTaggerReference.Layer(spec, "values"), states, frames);
        int d = AudioModels.Attention;
        var context = new double[frames * d];
        for (int t = 0; t < frames; t++)
        {
            double[] scores = Enumerable.Range(0, frames).Select(s => Enumerable.Range(0, d).Sum(j => q[(t * d) + j] * k[(s * d) + j])).ToArray();
            double max = scores.Max();
            double[] weights = scores.Select(x => Math.Exp(x - max)).ToArray();
            double total = weights.Sum();
            for (int s = 0; s < frames; s++)
            {
                for (int j = 0; j < d; j++)
                {
                    context[(t * d) + j] += weights[s] / total * v[(s * d) + j];
                }
            }
        }

        return AudioTaggerReference.Dense(AudioTaggerReference.Layer(spec, "logits"), context, frames).Select(x => 1 / (1 + Math.Exp(-x))).ToArray();
    }

    private static RecurrentRun Direction(LSTMWeightParams p, float[] x, int frames, bool reverse)
    {
        float[] F(WeightParams w) => w.FloatValue.ToArray();
        int hidden = AudioModels.Hidden;
        return RecurrentReference.Lstm(
            x, frames, 1, AudioModels.Keys, hidden,
            new[] { F(p.InputGateWeightMatrix), F(p.ForgetGateWeightMatrix), F(p.BlockInputWeightMatrix), F(p.OutputGateWeightMatrix) },
            new[] { F(p.InputGateRecursionMatrix), F(p.ForgetGateRecursionMatrix), F(p.BlockInputRecursionMatrix), F(p.OutputGateRecursionMatrix) },
            new[] { F(p.InputGateBiasVector), F(p.ForgetGateBiasVector), F(p.BlockInputBiasVector), F(p.OutputGateBiasVector) },
            null,
            new[] { RecurrentFunction.Sigmoid, RecurrentFunction.Tanh, RecurrentFunction.Tanh },
            coupled: false, cellClip: 50000, forgetBiasAdd: 0, new double[hidden], new double[hidden], reverse);
    }
}
