using System;
using System.Globalization;
using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Recurrent;

/// <summary>
/// uniDirectionalLSTM and biDirectionalLSTM. The bidirectional output at position t is [yf_t, yb_t], where yb_t is
/// the backward direction's h after consuming x_T..x_t (both halves aligned to t); without sequence output y is
/// [yf_T, yb_1], each direction's final h. A reversed unidirectional LSTM emits y in processing order (Keras
/// go_backwards). States are [h, c] (uni) or [h, c, h_rev, c_rev] (bi).
/// </summary>
internal sealed class LstmLayer : RecurrentLayer
{
    private readonly LstmRecurrence[] _directions;
    private readonly bool _reverseInput;
    private float[] _gates = Array.Empty<float>();
    private float[] _h = Array.Empty<float>();
    private float[] _c = Array.Empty<float>();
    private float[] _temp = Array.Empty<float>();

    private LstmLayer(NeuralNetworkLayer layer, LayerBuildContext context, ulong inputSize, ulong hiddenSize, LSTMParams? parameters, int directions, bool reverseInput)
        : base(layer, context, inputSize, hiddenSize, directions, statesPerDirection: 2, sequenceOutput: parameters?.SequenceOutput ?? false)
    {
        _reverseInput = reverseInput;
        _directions = new LstmRecurrence[directions];
    }

    public static LstmLayer Unidirectional(NeuralNetworkLayer layer, LayerBuildContext context)
    {
        UniDirectionalLSTMLayerParams p = layer.UniDirectionalLSTM;
        var kernel = new LstmLayer(layer, context, p.InputVectorSize, p.OutputVectorSize, p.Params, 1, p.ReverseInput);
        kernel._directions[0] = kernel.BuildDirection(p.WeightParams, p.Params, kernel.ParseActivations(p.Activations, 3, "activations"), context, string.Empty);
        return kernel;
    }

    public static LstmLayer Bidirectional(NeuralNetworkLayer layer, LayerBuildContext context)
    {
        BiDirectionalLSTMLayerParams p = layer.BiDirectionalLSTM;
        var kernel = new LstmLayer(layer, context, p.InputVectorSize, p.OutputVectorSize, p.Params, 2, reverseInput: false);
        if (p.WeightParams.Count != 2)
        {
            throw kernel.LoadError("has " + p.WeightParams.Count.ToString(CultureInfo.InvariantCulture) + " weightParams; a bidirectional LSTM needs exactly 2 (forward, backward).");
        }

        kernel._directions[0] = kernel.BuildDirection(p.WeightParams[0], p.Params, kernel.ParseActivations(p.ActivationsForwardLSTM, 3, "activationsForwardLSTM"), context, "forward ");
        kernel._directions[1] = kernel.BuildDirection(p.WeightParams[1], p.Params, kernel.ParseActivations(p.ActivationsBackwardLSTM, 3, "activationsBackwardLSTM"), context, "backward ");
        return kernel;
    }

    /// <summary>Multiply-adds of all matrix products for one run on x [Seq, Batch, X] (for throughput figures).</summary>
    public long MultiplyAdds(int sequence, int batch)
    {
        long total = 0;
        foreach (LstmRecurrence direction in _directions)
        {
            total += direction.MultiplyAdds(sequence, batch);
        }

        return total;
    }

    private LstmRecurrence BuildDirection(LSTMWeightParams? w, LSTMParams? parameters, RecurrentActivationKind[] activations, LayerBuildContext context, string prefix)
    {
        parameters ??= new LSTMParams();
        w ??= new LSTMWeightParams();
        int x = InputSize;
        int h = HiddenSize;
        PackedMatrix input = PackedMatrix.FromStackedOutputRows(
            x,
            DecodeWeight(w.InputGateWeightMatrix, x, prefix + "inputGateWeightMatrix"),
            DecodeWeight(w.ForgetGateWeightMatrix, x, prefix + "forgetGateWeightMatrix"),
            DecodeWeight(w.BlockInputWeightMatrix, x, prefix + "blockInputWeightMatrix"),
            DecodeWeight(w.OutputGateWeightMatrix, x, prefix + "outputGateWeightMatrix"));
        PackedMatrix recurrent = PackedMatrix.FromStackedOutputRows(
            h,
            DecodeWeight(w.InputGateRecursionMatrix, h, prefix + "inputGateRecursionMatrix"),
            DecodeWeight(w.ForgetGateRecursionMatrix, h, prefix + "forgetGateRecursionMatrix"),
            DecodeWeight(w.BlockInputRecursionMatrix, h, prefix + "blockInputRecursionMatrix"),
            DecodeWeight(w.OutputGateRecursionMatrix, h, prefix + "outputGateRecursionMatrix"));

        var bias = new float[4 * h];
        if (parameters.HasBiasVectors)
        {
            DecodeWeight(w.InputGateBiasVector, 1, prefix + "inputGateBiasVector").CopyTo(bias, 0);
            DecodeWeight(w.ForgetGateBiasVector, 1, prefix + "forgetGateBiasVector").CopyTo(bias, h);
            DecodeWeight(w.BlockInputBiasVector, 1, prefix + "blockInputBiasVector").CopyTo(bias, 2 * h);
            DecodeWeight(w.OutputGateBiasVector, 1, prefix + "outputGateBiasVector").CopyTo(bias, 3 * h);
        }

        if (parameters.ForgetBias && context.Options.ApplyLstmForgetBias)
        {
            for (int j = h; j < 2 * h; j++)
            {
                bias[j] += 1f;
            }
        }

        float[][]? peepholes = null;
        if (parameters.HasPeepholeVectors)
        {
            peepholes = new[]
            {
                DecodeWeight(w.InputGatePeepholeVector, 1, prefix + "inputGatePeepholeVector"),
                DecodeWeight(w.ForgetGatePeepholeVector, 1, prefix + "forgetGatePeepholeVector"),
                DecodeWeight(w.OutputGatePeepholeVector, 1, prefix + "outputGatePeepholeVector"),
            };
        }

        float clip = parameters.CellClipThreshold;
        if (clip < 0 || float.IsNaN(clip))
        {
            throw LoadError("cellClipThreshold is " + clip.ToString(CultureInfo.InvariantCulture) + "; it must not be negative.");
        }

        return new LstmRecurrence(h, input, recurrent, bias, peepholes, activations, parameters.CoupledInputAndForgetGate, clip == 0 ? 50f : clip);
    }

    protected override void EnsureScratch(int sequence, int batch)
    {
        Grow(ref _gates, LstmRecurrence.GatesLength(sequence, batch, HiddenSize));
        Grow(ref _h, batch * HiddenSize);
        Grow(ref _c, batch * HiddenSize);
        Grow(ref _temp, LstmRecurrence.TempLength(HiddenSize, batch));
    }

    public override void Execute(Blob[] inputs, Blob[] outputs)
    {
        Blob x = inputs[0];
        int sequence = x.Shape[0];
        int batch = x.Shape[1];
        EnsureScratch(sequence, batch);
        Span<float> h = _h.AsSpan(0, batch * HiddenSize);
        Span<float> c = _c.AsSpan(0, batch * HiddenSize);
        for (int d = 0; d < _directions.Length; d++)
        {
            LoadState(inputs, StateSlot(d, 0), h, batch);
            LoadState(inputs, StateSlot(d, 1), c, batch);
            bool reverse = d == 1 || _reverseInput;
            var rows = new OutputRows(this, outputs[0], batch, d, atPosition: d == 1);
            _directions[d].Run(x.Span, sequence, batch, reverse, _gates, h, c, _temp, ref rows);
            if (!SequenceOutput)
            {
                StoreOutputRow(outputs[0], 0, batch, d, h);
            }

            StoreState(outputs, StateSlot(d, 0), h);
            StoreState(outputs, StateSlot(d, 1), c);
        }
    }
}
