using System;
using System.Numerics.Tensors;
using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Recurrent;

/// <summary>
/// gru (coreml-format-notes §2.8): z = f(W_z x + R_z h + b_z), r = f(W_r x + R_r h + b_r),
/// o = g(W_o x + R_o (r ⊙ h) + b_o) (reset applied before R_o), h' = (1 − z) ⊙ o + z ⊙ h, pre-activations clipped to ±50.
/// </summary>
internal sealed class GruLayer : RecurrentLayer
{
    private readonly PackedMatrix _input;
    private readonly PackedMatrix _updateReset;
    private readonly PackedMatrix _output;
    private readonly float[] _bias;
    private readonly RecurrentActivationKind _gate;
    private readonly RecurrentActivationKind _candidate;
    private readonly bool _reverseInput;
    private float[] _gates = Array.Empty<float>();
    private float[] _h = Array.Empty<float>();
    private float[] _resetHidden = Array.Empty<float>();

    public GruLayer(NeuralNetworkLayer layer, LayerBuildContext context)
        : base(layer, context, layer.Gru.InputVectorSize, layer.Gru.OutputVectorSize, 1, 1, layer.Gru.SequenceOutput)
    {
        GRULayerParams p = layer.Gru;
        int x = InputSize;
        int h = HiddenSize;
        RecurrentActivationKind[] activations = ParseActivations(p.Activations, 2, "activations");
        _gate = activations[0];
        _candidate = activations[1];
        _reverseInput = p.ReverseInput;
        _input = PackedMatrix.FromStackedOutputRows(
            x,
            DecodeWeight(p.UpdateGateWeightMatrix, x, "updateGateWeightMatrix"),
            DecodeWeight(p.ResetGateWeightMatrix, x, "resetGateWeightMatrix"),
            DecodeWeight(p.OutputGateWeightMatrix, x, "outputGateWeightMatrix"));
        _updateReset = PackedMatrix.FromStackedOutputRows(
            h,
            DecodeWeight(p.UpdateGateRecursionMatrix, h, "updateGateRecursionMatrix"),
            DecodeWeight(p.ResetGateRecursionMatrix, h, "resetGateRecursionMatrix"));
        _output = PackedMatrix.FromOutputRows(DecodeWeight(p.OutputGateRecursionMatrix, h, "outputGateRecursionMatrix"), h, h);
        _bias = new float[3 * h];
        if (p.HasBiasVectors)
        {
            DecodeWeight(p.UpdateGateBiasVector, 1, "updateGateBiasVector").CopyTo(_bias, 0);
            DecodeWeight(p.ResetGateBiasVector, 1, "resetGateBiasVector").CopyTo(_bias, h);
            DecodeWeight(p.OutputGateBiasVector, 1, "outputGateBiasVector").CopyTo(_bias, 2 * h);
        }
    }

    protected override void EnsureScratch(int sequence, int batch)
    {
        Grow(ref _gates, sequence * batch * 3 * HiddenSize);
        Grow(ref _h, batch * HiddenSize);
        Grow(ref _resetHidden, batch * HiddenSize);
    }

    public override void Execute(Blob[] inputs, Blob[] outputs)
    {
        Blob x = inputs[0];
        int sequence = x.Shape[0];
        int batch = x.Shape[1];
        EnsureScratch(sequence, batch);
        int hidden = HiddenSize;
        int width = 3 * hidden;
        Span<float> h = _h.AsSpan(0, batch * hidden);
        Span<float> resetHidden = _resetHidden.AsSpan(0, batch * hidden);
        Span<float> gates = _gates;
        LoadState(inputs, StateSlot(0, 0), h, batch);
        var rows = new OutputRows(this, outputs[0], batch, 0, atPosition: false);
        Gemm.Multiply(x.Span, InputSize, 1, sequence * batch, _input, gates, width, _bias, accumulate: false);
        for (int step = 0; step < sequence; step++)
        {
            int t = _reverseInput ? sequence - 1 - step : step;
            Span<float> g = gates.Slice(t * batch * width, batch * width);
            Gemm.Multiply(h, hidden, 1, batch, _updateReset, g, width, ReadOnlySpan<float>.Empty, accumulate: true);
            for (int b = 0; b < batch; b++)
            {
                Span<float> zr = g.Slice(b * width, 2 * hidden);
                RecurrentActivation.ClipAndApply(_gate, zr);
                TensorPrimitives.Multiply(zr.Slice(hidden, hidden), h.Slice(b * hidden, hidden), resetHidden.Slice(b * hidden, hidden));
            }

            Gemm.Multiply(resetHidden, hidden, 1, batch, _output, g.Slice(2 * hidden), width, ReadOnlySpan<float>.Empty, accumulate: true);
            for (int b = 0; b < batch; b++)
            {
                Span<float> z = g.Slice(b * width, hidden);
                Span<float> o = g.Slice((b * width) + (2 * hidden), hidden);
                Span<float> hb = h.Slice(b * hidden, hidden);
                RecurrentActivation.ClipAndApply(_candidate, o);
                // h' = o + z ⊙ (h − o); the reset slot (no longer needed) holds h − o.
                Span<float> difference = g.Slice((b * width) + hidden, hidden);
                TensorPrimitives.Subtract(hb, o, difference);
                TensorPrimitives.MultiplyAdd(z, difference, o, hb);
            }

            rows.OnStep(step, t, h);
        }

        if (!SequenceOutput)
        {
            StoreOutputRow(outputs[0], 0, batch, 0, h);
        }

        StoreState(outputs, StateSlot(0, 0), h);
    }
}
