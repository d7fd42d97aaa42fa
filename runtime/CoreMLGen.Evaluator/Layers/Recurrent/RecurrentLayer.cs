using System;
using System.Globalization;
using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluation.Weights;

namespace CoreMLGen.Evaluation.Layers.Recurrent;

/// <summary>
/// What simpleRecurrent, gru and the LSTMs share: slot conventions (inputs [x, h, (c), h_rev, (c_rev)], outputs
/// [y, h, (c), h_rev, (c_rev)]), shape checks and state I/O. x is [Seq, Batch, X, 1, 1]; in ND mode a rank-3
/// [Seq, Batch, X] x is accepted too and then every output is rank 3 as well. A state input holds Batch·H values
/// ([1, Batch, H, 1, 1]) or H values (one state for every batch element); missing state inputs start at zero.
/// </summary>
internal abstract class RecurrentLayer : LayerAdapter
{
    private readonly bool _isNd;

    protected RecurrentLayer(NeuralNetworkLayer layer, LayerBuildContext context, ulong inputSize, ulong hiddenSize, int directions, int statesPerDirection, bool sequenceOutput)
        : base(layer)
    {
        _isNd = context.IsNd;
        if (inputSize == 0 || hiddenSize == 0 || inputSize > int.MaxValue / 8 || hiddenSize > int.MaxValue / 8)
        {
            throw LoadError("inputVectorSize (" + inputSize.ToString(CultureInfo.InvariantCulture) + ") and outputVectorSize (" + hiddenSize.ToString(CultureInfo.InvariantCulture) + ") must be positive.");
        }

        InputSize = (int)inputSize;
        HiddenSize = (int)hiddenSize;
        Directions = directions;
        StatesPerDirection = statesPerDirection;
        SequenceOutput = sequenceOutput;
        int slots = 1 + directions * statesPerDirection;
        if (InputNames.Count < 1 || InputNames.Count > slots)
        {
            throw LoadError("has " + InputNames.Count.ToString(CultureInfo.InvariantCulture) + " inputs; it takes 1 to " + slots.ToString(CultureInfo.InvariantCulture) + " (x, then initial states).");
        }

        if (OutputNames.Count < 1 || OutputNames.Count > slots)
        {
            throw LoadError("has " + OutputNames.Count.ToString(CultureInfo.InvariantCulture) + " outputs; it produces 1 to " + slots.ToString(CultureInfo.InvariantCulture) + " (y, then final states).");
        }
    }

    /// <summary>X: the input vector size.</summary>
    protected int InputSize { get; }

    /// <summary>H: the hidden (output) vector size of one direction.</summary>
    protected int HiddenSize { get; }

    protected int Directions { get; }

    /// <summary>1 (h) or 2 (h, c).</summary>
    protected int StatesPerDirection { get; }

    protected bool SequenceOutput { get; }

    public sealed override int[][] InferOutputShapes(int[][] inputShapes)
    {
        int[] x = inputShapes[0];
        bool rank3 = _isNd && x.Length == 3;
        if (x.Length != 5 && !rank3)
        {
            throw ShapeError("x must be rank 5 [Seq, Batch, " + InputSize.ToString(CultureInfo.InvariantCulture) + ", 1, 1]" + (_isNd ? " or rank 3 [Seq, Batch, " + InputSize.ToString(CultureInfo.InvariantCulture) + "]" : string.Empty) + "; it is [" + ShapeMath.Format(x) + "].");
        }

        int vector = ShapeMath.Product(x, 2, x.Length);
        if (vector != InputSize)
        {
            throw ShapeError("x is [" + ShapeMath.Format(x) + "]: its vectors hold " + vector.ToString(CultureInfo.InvariantCulture) + " values, the layer's inputVectorSize is " + InputSize.ToString(CultureInfo.InvariantCulture) + ".");
        }

        int sequence = x[0];
        int batch = x[1];
        for (int slot = 1; slot < inputShapes.Length; slot++)
        {
            int count = ShapeMath.Product(inputShapes[slot]);
            if (count != batch * HiddenSize && count != HiddenSize)
            {
                throw ShapeError("initial state input '" + InputNames[slot] + "' is [" + ShapeMath.Format(inputShapes[slot]) + "]; it must hold Batch·H = " + (batch * HiddenSize).ToString(CultureInfo.InvariantCulture) + " values ([1, " + batch.ToString(CultureInfo.InvariantCulture) + ", " + HiddenSize.ToString(CultureInfo.InvariantCulture) + ", 1, 1]) or H = " + HiddenSize.ToString(CultureInfo.InvariantCulture) + ".");
            }
        }

        var shapes = new int[OutputNames.Count][];
        int ySequence = SequenceOutput ? sequence : 1;
        int yVector = Directions * HiddenSize;
        shapes[0] = rank3 ? new[] { ySequence, batch, yVector } : new[] { ySequence, batch, yVector, 1, 1 };
        for (int slot = 1; slot < shapes.Length; slot++)
        {
            shapes[slot] = rank3 ? new[] { 1, batch, HiddenSize } : new[] { 1, batch, HiddenSize, 1, 1 };
        }

        EnsureScratch(sequence, batch);
        return shapes;
    }

    /// <summary>Grows the scratch buffers for this sequence length and batch (no-op when they are large enough).</summary>
    protected abstract void EnsureScratch(int sequence, int batch);

    /// <summary>The slot of a state: state 0 (h) or 1 (c) of direction 0 or 1.</summary>
    protected int StateSlot(int direction, int state) => 1 + (direction * StatesPerDirection) + state;

    /// <summary>Copies an initial state input into [Batch, H], or zeros when the input is not given.</summary>
    protected void LoadState(Blob[] inputs, int slot, Span<float> state, int batch)
    {
        if (slot >= inputs.Length)
        {
            state.Clear();
            return;
        }

        Span<float> source = inputs[slot].Span;
        if (source.Length == state.Length)
        {
            source.CopyTo(state);
            return;
        }

        for (int b = 0; b < batch; b++)
        {
            source.CopyTo(state.Slice(b * HiddenSize, HiddenSize));
        }
    }

    /// <summary>Writes a final state to its output, when the layer declares it.</summary>
    protected static void StoreState(Blob[] outputs, int slot, ReadOnlySpan<float> state)
    {
        if (slot < outputs.Length)
        {
            state.CopyTo(outputs[slot].Span);
        }
    }

    /// <summary>Copies the hidden states of all batch elements into row <paramref name="index"/> of y.</summary>
    internal void StoreOutputRow(Blob y, int index, int batch, int direction, ReadOnlySpan<float> hidden)
    {
        int stride = Directions * HiddenSize;
        Span<float> row = y.Data.AsSpan(index * batch * stride, batch * stride);
        for (int b = 0; b < batch; b++)
        {
            hidden.Slice(b * HiddenSize, HiddenSize).CopyTo(row.Slice((b * stride) + (direction * HiddenSize), HiddenSize));
        }
    }

    /// <summary>The recurrent activations, or a load error naming the offending one.</summary>
    protected RecurrentActivationKind[] ParseActivations(Google.Protobuf.Collections.RepeatedField<ActivationParams> activations, int expected, string field)
    {
        if (activations.Count != expected)
        {
            throw LoadError(field + " has " + activations.Count.ToString(CultureInfo.InvariantCulture) + " activations; the layer needs exactly " + expected.ToString(CultureInfo.InvariantCulture) + ".");
        }

        var kinds = new RecurrentActivationKind[expected];
        for (int i = 0; i < expected; i++)
        {
            kinds[i] = ParseActivation(activations[i], field);
        }

        return kinds;
    }

    protected RecurrentActivationKind ParseActivation(ActivationParams? activation, string field) =>
        ParseKind(activation)
        ?? throw LoadError(field + " uses the activation '" + DescribeActivation(activation) + "'; recurrent layers allow only sigmoid, tanh, linear, ReLU, scaledTanh and sigmoidHard.");

    /// <summary>Decodes an [H, cols] weight (or an H vector with cols = 1) with exactly that many values.</summary>
    protected float[] DecodeWeight(WeightParams? weights, int columns, string weightName) =>
        WeightDecoder.Decode(weights, (long)HiddenSize * columns, HiddenSize, Name, LayerType, weightName);

    /// <summary>Grows a scratch buffer to at least <paramref name="length"/> values.</summary>
    protected static void Grow(ref float[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            buffer = new float[length];
        }
    }

    /// <summary>Writes each step's h into y (sequence output), at the time position or in processing order.</summary>
    /// <summary>The kind, or null when the activation is not one recurrent layers allow.</summary>
    private static RecurrentActivationKind? ParseKind(ActivationParams? activation) => activation?.NonlinearityTypeCase switch
    {
        ActivationParams.NonlinearityTypeOneofCase.Sigmoid => RecurrentActivationKind.Sigmoid,
        ActivationParams.NonlinearityTypeOneofCase.Tanh => RecurrentActivationKind.Tanh,
        ActivationParams.NonlinearityTypeOneofCase.Linear => RecurrentActivationKind.Linear,
        ActivationParams.NonlinearityTypeOneofCase.ReLU => RecurrentActivationKind.Relu,
        ActivationParams.NonlinearityTypeOneofCase.ScaledTanh => RecurrentActivationKind.ScaledTanh,
        ActivationParams.NonlinearityTypeOneofCase.SigmoidHard => RecurrentActivationKind.HardSigmoid,
        _ => null,
    };

    /// <summary>A readable name for messages.</summary>
    private static string DescribeActivation(ActivationParams? activation) =>
        activation is null || activation.NonlinearityTypeCase == ActivationParams.NonlinearityTypeOneofCase.None
            ? "none"
            : activation.NonlinearityTypeCase.ToString();

    protected readonly struct OutputRows : IStepSink
    {
        private readonly RecurrentLayer? _kernel;
        private readonly Blob? _y;
        private readonly int _batch;
        private readonly int _direction;
        private readonly bool _atPosition;

        public OutputRows(RecurrentLayer kernel, Blob? y, int batch, int direction, bool atPosition)
        {
            // Without sequence output, y gets only the final state (written after the run).
            _kernel = kernel.SequenceOutput ? kernel : null;
            _y = y;
            _batch = batch;
            _direction = direction;
            _atPosition = atPosition;
        }

        public void OnStep(int step, int position, ReadOnlySpan<float> hidden)
        {
            if (_kernel is not null && _y is not null)
            {
                _kernel.StoreOutputRow(_y, _atPosition ? position : step, _batch, _direction, hidden);
            }
        }
    }
}
