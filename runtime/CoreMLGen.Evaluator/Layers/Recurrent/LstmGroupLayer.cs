using System;
using System.Collections.Generic;
using System.Linq;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Recurrent;

/// <summary>
/// LSTM layers that do not depend on each other (siblings the planner found, such as the parallel branches of an
/// ensemble), run together. The input projections of all layers reading the same blob are one matrix product over
/// their stacked weights, written into one gate buffer; then each direction of each layer runs its steps with its
/// register step kernel, one direction after another. Each value is computed by the same operations as when the layers run one by one. When the step
/// kernels cannot run (no AVX2, or another matrix-product path forced) or the layers' sequences differ in length or
/// batch, the layers simply run one after the other.
/// </summary>
internal sealed unsafe class LstmGroupLayer : LayerAdapter
{
    private readonly LstmLayer[] _members;
    private readonly int[] _inputStart;
    private readonly int[] _outputStart;
    private readonly Projection[] _projections;
    private readonly Track[] _tracks;
    private readonly int _gateWidth;
    private readonly int _stateWidth;
    private readonly int _scratchLength;
    private float[] _gates = Array.Empty<float>();
    private float[] _h = Array.Empty<float>();
    private float[] _c = Array.Empty<float>();
    private float[] _scratch = Array.Empty<float>();

    /// <param name="members">Layers none of which reads another's outputs, each with <see cref="LstmLayer.CanJoinGroup"/>.</param>
    public LstmGroupLayer(IReadOnlyList<LstmLayer> members)
        : base(
            "group of " + string.Join(", ", members.Select(m => "'" + m.Name + "'")),
            "lstmGroup",
            members.SelectMany(m => m.InputNames).ToArray(),
            members.SelectMany(m => m.OutputNames).ToArray())
    {
        _members = members.ToArray();
        _inputStart = Starts(_members.Select(m => m.InputNames.Count));
        _outputStart = Starts(_members.Select(m => m.OutputNames.Count));

        // Columns of the gate buffer: the directions of the layers reading one blob side by side, so one product fills them.
        var tracks = new List<Track>();
        var projections = new List<Projection>();
        int column = 0, state = 0;
        foreach (IGrouping<string, int> readers in Enumerable.Range(0, _members.Length).GroupBy(m => _members[m].InputNames[0], StringComparer.Ordinal))
        {
            int first = column;
            var rows = new List<float>();
            var bias = new List<float>();
            foreach (int m in readers)
            {
                LstmLayer member = _members[m];
                for (int d = 0; d < member.Directions; d++)
                {
                    LstmRecurrence direction = member.DirectionKernels[d];
                    tracks.Add(new Track(m, d, direction.StepKernel!, column, state, direction.Hidden, member.IsReverse(d), member.WritesAtPosition(d)));
                    rows.AddRange(direction.InputRows);
                    bias.AddRange(direction.Bias);
                    column += 4 * direction.Hidden;
                    state += direction.Hidden;
                }
            }

            int inputSize = _members[readers.First()].DirectionKernels[0].InputSize;
            projections.Add(new Projection(readers.First(), PackedMatrix.FromOutputRows(rows.ToArray(), column - first, inputSize), bias.ToArray(), first));
        }

        _tracks = tracks.ToArray();
        _projections = projections.ToArray();
        _gateWidth = column;
        _stateWidth = state;
        _scratchLength = _tracks.Max(t => t.Kernel.ScratchLength);
    }

    public override int[][] InferOutputShapes(int[][] inputShapes)
    {
        var shapes = new List<int[]>();
        for (int m = 0; m < _members.Length; m++)
        {
            shapes.AddRange(_members[m].InferOutputShapes(inputShapes.AsSpan(_inputStart[m], _members[m].InputNames.Count).ToArray()));
        }

        int[] x = inputShapes[0];
        EnsureScratch(x[0], x[1]);
        return shapes.ToArray();
    }

    public override void Execute(Blob[] inputs, Blob[] outputs)
    {
        int sequence = inputs[0].Shape[0];
        int batch = inputs[0].Shape[1];
        bool together = LstmStepKernel.IsActive;
        for (int m = 0; m < _members.Length && together; m++)
        {
            int[] shape = inputs[_inputStart[m]].Shape;
            together = shape[0] == sequence && shape[1] == batch;
        }

        if (!together)
        {
            for (int m = 0; m < _members.Length; m++)
            {
                _members[m].Execute(MemberInputs(inputs, m), MemberOutputs(outputs, m));
            }

            return;
        }

        EnsureScratch(sequence, batch);
        foreach (Projection projection in _projections)
        {
            Blob x = inputs[_inputStart[projection.Member]];
            Gemm.Multiply(x.Span, projection.Weights.K, 1, sequence * batch, projection.Weights, _gates.AsSpan(projection.Column), _gateWidth, projection.Bias, accumulate: false);
        }

        foreach (Track track in _tracks)
        {
            LstmLayer member = _members[track.Member];
            ReadOnlySpan<Blob> memberInputs = MemberInputs(inputs, track.Member);
            member.LoadState(memberInputs, member.StateSlot(track.Direction, 0), StateOf(_h, track, batch), batch);
            member.LoadState(memberInputs, member.StateSlot(track.Direction, 1), StateOf(_c, track, batch), batch);
        }

        RunSteps(outputs, sequence, batch);
        foreach (Track track in _tracks)
        {
            LstmLayer member = _members[track.Member];
            ReadOnlySpan<Blob> memberOutputs = MemberOutputs(outputs, track.Member);
            Span<float> h = StateOf(_h, track, batch);
            if (!member.SequenceOutput)
            {
                member.StoreOutputRow(memberOutputs[0], 0, batch, track.Direction, h);
            }

            RecurrentLayer.StoreState(memberOutputs, member.StateSlot(track.Direction, 0), h);
            RecurrentLayer.StoreState(memberOutputs, member.StateSlot(track.Direction, 1), StateOf(_c, track, batch));
        }
    }

    // Track by track, each over the whole sequence: a track's recurrent weights (10 KB at H = 25) then stay in the L1
    // cache for all its steps; advancing all tracks step by step was measured slower, cycling through all their weights.
    private void RunSteps(Blob[] outputs, int sequence, int batch)
    {
        fixed (float* gates = _gates, hAll = _h, cAll = _c, scratch = _scratch)
        {
            foreach (Track track in _tracks)
            {
                LstmLayer member = _members[track.Member];
                Blob y = outputs[_outputStart[track.Member]];
                int hidden = track.Hidden;
                float* h = hAll + (batch * track.State);
                float* c = cAll + (batch * track.State);
                for (int step = 0; step < sequence; step++)
                {
                    int t = track.Reverse ? sequence - 1 - step : step;
                    float* rows = gates + ((long)t * batch * _gateWidth) + track.Column;
                    for (int b = 0; b < batch; b++)
                    {
                        track.Kernel.Step(rows + ((long)b * _gateWidth), h + (b * hidden), h + (b * hidden), c + (b * hidden), scratch);
                    }

                    if (member.SequenceOutput)
                    {
                        member.StoreOutputRow(y, track.AtPosition ? t : step, batch, track.Direction, new ReadOnlySpan<float>(h, batch * hidden));
                    }
                }
            }
        }
    }

    private void EnsureScratch(int sequence, int batch)
    {
        Scratch.Ensure(ref _gates, sequence * batch * _gateWidth);
        Scratch.Ensure(ref _h, batch * _stateWidth);
        Scratch.Ensure(ref _c, batch * _stateWidth);
        Scratch.Ensure(ref _scratch, _scratchLength);
    }

    private ReadOnlySpan<Blob> MemberInputs(Blob[] inputs, int m) => inputs.AsSpan(_inputStart[m], _members[m].InputNames.Count);

    private ReadOnlySpan<Blob> MemberOutputs(Blob[] outputs, int m) => outputs.AsSpan(_outputStart[m], _members[m].OutputNames.Count);

    // A track's h or c for every batch element: [Batch, H].
    private static Span<float> StateOf(float[] states, Track track, int batch) => states.AsSpan(batch * track.State, batch * track.Hidden);

    private static int[] Starts(IEnumerable<int> counts)
    {
        var starts = new List<int>();
        int start = 0;
        foreach (int count in counts)
        {
            starts.Add(start);
            start += count;
        }

        return starts.ToArray();
    }

    /// <summary>One product: the stacked input weights of the directions whose gates start at <paramref name="Column"/>, reading member <paramref name="Member"/>'s x.</summary>
    private sealed record Projection(int Member, PackedMatrix Weights, float[] Bias, int Column);

    /// <summary>One direction of one member: its kernel, its gates' first column and its states' offset (in units of H per batch element).</summary>
    private sealed record Track(int Member, int Direction, LstmStepKernel Kernel, int Column, int State, int Hidden, bool Reverse, bool AtPosition);
}
