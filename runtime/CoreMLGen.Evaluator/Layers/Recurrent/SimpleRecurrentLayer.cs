using System;
using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Recurrent;

/// <summary>The simpleRecurrent layer: reads its weights and states; the recurrence is <see cref="SimpleRecurrence"/>.</summary>
internal sealed class SimpleRecurrentLayer : RecurrentLayer
{
    private readonly SimpleRecurrence _recurrence;
    private readonly bool _reverseInput;
    private float[] _gates = Array.Empty<float>();
    private float[] _h = Array.Empty<float>();

    public SimpleRecurrentLayer(NeuralNetworkLayer layer, LayerBuildContext context)
        : base(layer, context, layer.SimpleRecurrent.InputVectorSize, layer.SimpleRecurrent.OutputVectorSize, 1, 1, layer.SimpleRecurrent.SequenceOutput)
    {
        SimpleRecurrentLayerParams p = layer.SimpleRecurrent;
        _reverseInput = p.ReverseInput;
        _recurrence = new SimpleRecurrence(
            HiddenSize,
            PackedMatrix.FromOutputRows(DecodeWeight(p.WeightMatrix, InputSize, "weightMatrix"), HiddenSize, InputSize),
            PackedMatrix.FromOutputRows(DecodeWeight(p.RecursionMatrix, HiddenSize, "recursionMatrix"), HiddenSize, HiddenSize),
            p.HasBiasVector ? DecodeWeight(p.BiasVector, 1, "biasVector") : new float[HiddenSize],
            ParseActivation(p.Activation, "activation"));
    }

    protected override void EnsureScratch(int sequence, int batch)
    {
        Grow(ref _gates, _recurrence.GateScratch(sequence, batch));
        Grow(ref _h, batch * HiddenSize);
    }

    public override void Execute(Blob[] inputs, Blob[] outputs)
    {
        Blob x = inputs[0];
        int sequence = x.Shape[0];
        int batch = x.Shape[1];
        EnsureScratch(sequence, batch);
        Span<float> h = _h.AsSpan(0, batch * HiddenSize);
        LoadState(inputs, StateSlot(0, 0), h, batch);
        var rows = new OutputRows(this, outputs[0], batch, 0, atPosition: false);
        _recurrence.Run(x.Span, sequence, batch, _reverseInput, _gates, h, ref rows);
        if (!SequenceOutput)
        {
            StoreOutputRow(outputs[0], 0, batch, 0, h);
        }

        StoreState(outputs, StateSlot(0, 0), h);
    }
}
