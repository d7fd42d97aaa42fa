using System;
using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Recurrent;

/// <summary>simpleRecurrent: h' = f(clip(W x + R h + b)), clip to ±50.</summary>
internal sealed class SimpleRecurrentLayer : RecurrentLayer
{
    private readonly PackedMatrix _input;
    private readonly PackedMatrix _recurrent;
    private readonly float[] _bias;
    private readonly RecurrentActivationKind _activation;
    private readonly bool _reverseInput;
    private float[] _gates = Array.Empty<float>();
    private float[] _h = Array.Empty<float>();

    public SimpleRecurrentLayer(NeuralNetworkLayer layer, LayerBuildContext context)
        : base(layer, context, layer.SimpleRecurrent.InputVectorSize, layer.SimpleRecurrent.OutputVectorSize, 1, 1, layer.SimpleRecurrent.SequenceOutput)
    {
        SimpleRecurrentLayerParams p = layer.SimpleRecurrent;
        _activation = ParseActivation(p.Activation, "activation");
        _reverseInput = p.ReverseInput;
        _input = PackedMatrix.FromOutputRows(DecodeWeight(p.WeightMatrix, InputSize, "weightMatrix"), HiddenSize, InputSize);
        _recurrent = PackedMatrix.FromOutputRows(DecodeWeight(p.RecursionMatrix, HiddenSize, "recursionMatrix"), HiddenSize, HiddenSize);
        _bias = p.HasBiasVector ? DecodeWeight(p.BiasVector, 1, "biasVector") : new float[HiddenSize];
    }

    protected override void EnsureScratch(int sequence, int batch)
    {
        Grow(ref _gates, sequence * batch * HiddenSize);
        Grow(ref _h, batch * HiddenSize);
    }

    public override void Execute(Blob[] inputs, Blob[] outputs)
    {
        Blob x = inputs[0];
        int sequence = x.Shape[0];
        int batch = x.Shape[1];
        EnsureScratch(sequence, batch);
        int hidden = HiddenSize;
        Span<float> h = _h.AsSpan(0, batch * hidden);
        Span<float> gates = _gates;
        LoadState(inputs, StateSlot(0, 0), h, batch);
        var rows = new OutputRows(this, outputs[0], batch, 0, atPosition: false);
        Gemm.Multiply(x.Span, InputSize, 1, sequence * batch, _input, gates, hidden, _bias, accumulate: false);
        for (int step = 0; step < sequence; step++)
        {
            int t = _reverseInput ? sequence - 1 - step : step;
            Span<float> g = gates.Slice(t * batch * hidden, batch * hidden);
            Gemm.Multiply(h, hidden, 1, batch, _recurrent, g, hidden, ReadOnlySpan<float>.Empty, accumulate: true);
            RecurrentActivation.ClipAndApply(_activation, g);
            g.CopyTo(h);
            rows.OnStep(step, t, h);
        }

        if (!SequenceOutput)
        {
            StoreOutputRow(outputs[0], 0, batch, 0, h);
        }

        StoreState(outputs, StateSlot(0, 0), h);
    }
}
