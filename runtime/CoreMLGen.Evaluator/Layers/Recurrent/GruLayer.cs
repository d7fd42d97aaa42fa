using System;
using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Recurrent;

/// <summary>The gru layer: reads its weights and states; the recurrence is <see cref="GruRecurrence"/>.</summary>
internal sealed class GruLayer : RecurrentLayer
{
    private readonly GruRecurrence _recurrence;
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
        _reverseInput = p.ReverseInput;
        PackedMatrix input = PackedMatrix.FromStackedOutputRows(
            x,
            DecodeWeight(p.UpdateGateWeightMatrix, x, "updateGateWeightMatrix"),
            DecodeWeight(p.ResetGateWeightMatrix, x, "resetGateWeightMatrix"),
            DecodeWeight(p.OutputGateWeightMatrix, x, "outputGateWeightMatrix"));
        PackedMatrix updateReset = PackedMatrix.FromStackedOutputRows(
            h,
            DecodeWeight(p.UpdateGateRecursionMatrix, h, "updateGateRecursionMatrix"),
            DecodeWeight(p.ResetGateRecursionMatrix, h, "resetGateRecursionMatrix"));
        PackedMatrix output = PackedMatrix.FromOutputRows(DecodeWeight(p.OutputGateRecursionMatrix, h, "outputGateRecursionMatrix"), h, h);
        var bias = new float[3 * h];
        if (p.HasBiasVectors)
        {
            DecodeWeight(p.UpdateGateBiasVector, 1, "updateGateBiasVector").CopyTo(bias, 0);
            DecodeWeight(p.ResetGateBiasVector, 1, "resetGateBiasVector").CopyTo(bias, h);
            DecodeWeight(p.OutputGateBiasVector, 1, "outputGateBiasVector").CopyTo(bias, 2 * h);
        }

        _recurrence = new GruRecurrence(h, input, updateReset, output, bias, activations[0], activations[1]);
    }

    protected override void EnsureScratch(int sequence, int batch)
    {
        Grow(ref _gates, _recurrence.GateScratch(sequence, batch));
        Grow(ref _h, batch * HiddenSize);
        Grow(ref _resetHidden, batch * HiddenSize);
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
        _recurrence.Run(x.Span, sequence, batch, _reverseInput, _gates, h, _resetHidden.AsSpan(0, batch * HiddenSize), ref rows);
        if (!SequenceOutput)
        {
            StoreOutputRow(outputs[0], 0, batch, 0, h);
        }

        StoreState(outputs, StateSlot(0, 0), h);
    }
}
