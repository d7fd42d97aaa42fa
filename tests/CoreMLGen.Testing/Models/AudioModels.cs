using CoreML.Specification;
using CoreMLGen.Testing.Builders;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;

namespace CoreMLGen.Testing.Models;

/// <summary>
/// The interfaces of two audio models users bring (issue 13 part 3), built in code because the real ones are not
/// redistributable; the layers are small stand-ins with deterministic weights, so the evaluator can run them and a
/// test can recompute them in double precision.
/// </summary>
public static class AudioModels
{
    // ---- Audio tagger: PANN MobileNetV1's interface ---------------------------------------------------------------

    public const string TaggerFileName = "AudioTagger.mlmodel";
    public const string TaggerInput = "input.1";
    public const int Samples = 12800;
    public const int Frames = 40;
    public const int Hop = Samples / Frames;   // 320 samples a frame, no overlap
    public const int MelBins = 64;
    public const int Embedding = 32;
    public const int Classes = 527;            // AudioSet's labels

    /// <summary>
    /// <c>input.1</c> [1, 12800] → frames [1, 40, 320] → a learned filterbank (batchedMatMul 320 → 64) → power →
    /// log(1 + x) = <c>melspec</c> [1, 1, 40, 64]; per frame a ReLU layer (64 → 32) and a sigmoid layer (32 → 527)
    /// = <c>frame_output</c> [1, 40, 527]; their mean over time (a constant [1, 1, 40] of 1/40 times the frames)
    /// = <c>clip_output</c> [1, 527].
    /// </summary>
    public static SpecBuilder AudioTagger() => SpecBuilder.NeuralNetwork(4)
        .Metadata("Audio tagging, PANN MobileNetV1 interface: 0.8 s of 16 kHz audio in, AudioSet label probabilities out (stand-in layers, seeded weights).", "CoreMLGen tests", "MIT", "1.0")
        .Input(TaggerInput, FeatureTypes.MultiArray(DataType.Float32, 1, Samples), "Waveform, 12800 samples at 16 kHz")
        .Output("clip_output", FeatureTypes.MultiArray(DataType.Float32, 1, Classes), "Probability of each AudioSet label over the clip")
        .Output("frame_output", FeatureTypes.MultiArray(DataType.Float32, 1, Frames, Classes), "Probability of each label per frame")
        .Output("melspec", FeatureTypes.MultiArray(DataType.Float32, 1, 1, Frames, MelBins), "Log filterbank energies")
        .ExactArrayMapping()
        .Layers(
            Layers.ReshapeStatic("frames", TaggerInput, "frames", 1, Frames, Hop),
            MatMul("filterbank", "frames", "filterbank", Hop, MelBins, new Weights(131)),
            Layers.Layer("power", new[] { "filterbank", "filterbank" }, new[] { "power" }, l => l.MultiplyBroadcastable = new MultiplyBroadcastableLayerParams()),
            Layers.Layer("log_power", new[] { "power" }, new[] { "log_power" }, l => l.Unary = new UnaryFunctionLayerParams { Type = UnaryFunctionLayerParams.Types.Operation.Log, Shift = 1, Scale = 1 }),
            Layers.ReshapeStatic("melspec", "log_power", "melspec", 1, 1, Frames, MelBins),
            MatMul("embedding", "log_power", "embedding", MelBins, Embedding, new Weights(132)),
            Layers.Relu("embedding_relu", "embedding", "embedding_relu"),
            MatMul("frame_logits", "embedding_relu", "frame_logits", Embedding, Classes, new Weights(133)),
            Sigmoid("frame_output", "frame_logits", "frame_output"),
            Layers.Layer("time_mean", System.Array.Empty<string>(), new[] { "time_mean" }, l => l.LoadConstantND = TimeMean()),
            Layers.Layer("clip_mean", new[] { "time_mean", "frame_output" }, new[] { "clip_mean" }, l => l.BatchedMatmul = new BatchedMatMulLayerParams()),
            Layers.ReshapeStatic("clip_output", "clip_mean", "clip_output", 1, Classes));

    // ---- Piano-roll refiner: BiLSTM + self-attention --------------------------------------------------------------

    public const string RefinerFileName = "PianoRollRefiner.mlmodel";
    public const int Keys = 88;
    public const int Hidden = 16;              // each direction
    public const int Attention = 24;

    /// <summary>
    /// <c>pianoroll</c> [T, 88] (any T ≥ 1) → [T, 1, 88, 1, 1] → BiLSTM (16 each way) → [T, 32] → self-attention
    /// (queries, keys and values by batchedMatMul 32 → 24; softmax over QKᵀ rows; the weighted values) → a sigmoid
    /// layer (24 → 88) = <c>refined</c> [T, 88].
    /// </summary>
    public static SpecBuilder PianoRollRefiner() => SpecBuilder.NeuralNetwork(4)
        .Metadata("Refines a transcribed piano roll: note probabilities per frame in and out (stand-in layers, seeded weights).", "CoreMLGen tests", "MIT", "1.0")
        .Input("pianoroll", FeatureTypes.MultiArray(DataType.Float32, 100, Keys).ShapeRange((1, -1), (Keys, Keys)), "Note probabilities, frames × 88 keys")
        .Output("refined", FeatureTypes.MultiArray(DataType.Float32), "Refined note probabilities, frames × 88 keys")
        .ExactArrayMapping()
        .Layers(
            Layers.ExpandDims("sequence", "pianoroll", "sequence", 1, 3, 4),
            Layers.BiLstm("bilstm", new[] { "sequence" }, new[] { "bilstm" }, Keys, Hidden, new Weights(141)),
            Layers.Squeeze("states", "bilstm", "states", 1, 3, 4),
            MatMul("queries", "states", "queries", 2 * Hidden, Attention, new Weights(142)),
            MatMul("keys", "states", "keys", 2 * Hidden, Attention, new Weights(143)),
            MatMul("values", "states", "values", 2 * Hidden, Attention, new Weights(144)),
            Layers.Layer("scores", new[] { "queries", "keys" }, new[] { "scores" }, l => l.BatchedMatmul = new BatchedMatMulLayerParams { TransposeB = true }),
            Layers.Layer("weights", new[] { "scores" }, new[] { "weights" }, l => l.SoftmaxND = new SoftmaxNDLayerParams { Axis = -1 }),
            Layers.Layer("context", new[] { "weights", "values" }, new[] { "context" }, l => l.BatchedMatmul = new BatchedMatMulLayerParams()),
            MatMul("logits", "context", "logits", Attention, Keys, new Weights(145)),
            Sigmoid("refined", "logits", "refined"));

    /// <summary>A batchedMatMul with a weight matrix (stored [outputs, inputs], as coremltools writes Wᵀ) and a bias.</summary>
    public static NeuralNetworkLayer MatMul(string name, string input, string output, int inputs, int outputs, Weights weights)
        => Layers.Layer(name, new[] { input }, new[] { output }, l => l.BatchedMatmul = new BatchedMatMulLayerParams
        {
            WeightMatrixFirstDimension = (ulong)inputs,
            WeightMatrixSecondDimension = (ulong)outputs,
            Weights = weights.Next((long)inputs * outputs),
            HasBias = true,
            Bias = weights.Next(outputs),
        });

    private static NeuralNetworkLayer Sigmoid(string name, string input, string output)
        => Layers.Layer(name, new[] { input }, new[] { output }, l => l.Activation = new ActivationParams { Sigmoid = new ActivationSigmoid() });

    private static LoadConstantNDLayerParams TimeMean()
    {
        var constant = new LoadConstantNDLayerParams { Data = new WeightParams() };
        constant.Shape.AddRange(new ulong[] { 1, 1, Frames });
        for (int i = 0; i < Frames; i++)
        {
            constant.Data.FloatValue.Add(1f / Frames);
        }

        return constant;
    }
}
