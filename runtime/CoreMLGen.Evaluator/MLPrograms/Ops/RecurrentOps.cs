using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.MLPrograms.Compilation;

namespace CoreMLGen.Evaluation.MLPrograms.Ops;

/// <summary>
/// MIL <c>lstm</c>: x [T, B, I]; weights [4H, I] and [4H, H] in gate order input, forget, output, cell; bias = b_ih + b_hh;
/// forward, reverse or bidirectional (states and outputs hold the forward then the backward half); optional peepholes
/// [input, forget, output] and cell clipping. A reverse op outputs in processing order, the backward half of a
/// bidirectional one by time position (coremltools' op tests, checked against Core ML). The math is the evaluator's
/// <see cref="LstmRecurrence"/> (shared with the neural network LSTM layers).
/// </summary>
internal static class RecurrentOps
{
    public static void Register(Dictionary<string, Action<OpContext>> builders)
    {
        builders["lstm"] = Lstm;
    }

    private static void Lstm(OpContext context)
    {
        MilValue x = context.Input("x"), initialH = context.Input("initial_h"), initialC = context.Input("initial_c");
        if (x.Rank != 3)
        {
            throw context.Fail("its input " + OpContext.Shape(x.Shape) + " is not rank 3 [T, B, I].");
        }

        string direction = context.Text("direction", "forward");
        bool bidirectional = direction == "bidirectional";
        if (!bidirectional && direction != "forward" && direction != "reverse")
        {
            throw context.Fail("its direction '" + direction + "' is not forward, reverse or bidirectional.");
        }

        int steps = x.Shape[0], batch = x.Shape[1], inputSize = x.Shape[2];
        RecurrentActivationKind[] activations =
        {
            SequenceOutput.Activation(context, "recurrent_activation", "sigmoid"),
            SequenceOutput.Activation(context, "cell_activation", "tanh"),
            SequenceOutput.Activation(context, "activation", "tanh"),
        };
        float clip = context.Has("clip") ? context.Float("clip", 0f) : float.PositiveInfinity;
        var directions = new List<(LstmRecurrence Kernel, int Hidden, bool Reverse)> { Direction(context, "", inputSize, activations, clip, reverse: direction == "reverse") };
        if (bidirectional)
        {
            directions.Add(Direction(context, "_back", inputSize, activations, clip, reverse: true));
        }

        int hidden = directions[0].Hidden, width = hidden * directions.Count;
        if (directions.Any(d => d.Hidden != hidden))
        {
            throw context.Fail("its forward and backward weights have different hidden sizes.");
        }

        foreach (MilValue state in new[] { initialH, initialC }.Where(s => s.Count != batch * width))
        {
            throw context.Fail("its initial state '" + state.Name + "' " + OpContext.Shape(state.Shape) + " does not hold [" + batch.ToString(CultureInfo.InvariantCulture) + ", " + width.ToString(CultureInfo.InvariantCulture) + "].");
        }

        bool sequence = context.Bool("output_sequence", false);
        MilValue output = context.Output(new[] { sequence ? steps : 1, batch, width });
        MilValue lastH = context.Output(new[] { batch, width });
        MilValue lastC = context.Output(new[] { batch, width });
        float[] gates = new float[LstmRecurrence.GatesLength(steps, batch, hidden)], h = new float[batch * hidden], c = new float[batch * hidden], temp = new float[LstmRecurrence.TempLength(hidden, batch)];
        context.Run(() =>
        {
            for (int d = 0; d < directions.Count; d++)
            {
                int offset = d * hidden;
                Strided(initialH.Data, offset, width, h, hidden, batch, toState: true);
                Strided(initialC.Data, offset, width, c, hidden, batch, toState: true);
                var sink = new SequenceOutput(sequence ? output.Data : null, batch, hidden, width, offset, atPosition: d == 1);
                directions[d].Kernel.Run(x.Span, steps, batch, directions[d].Reverse, gates, h, c, temp, ref sink);
                if (!sequence)
                {
                    Strided(output.Data, offset, width, h, hidden, batch, toState: false);
                }

                Strided(lastH.Data, offset, width, h, hidden, batch, toState: false);
                Strided(lastC.Data, offset, width, c, hidden, batch, toState: false);
            }
        });
    }

    // Copies one direction's half of a [B, width] array to (or from) a [B, H] state.
    private static void Strided(float[] array, int offset, int width, float[] state, int hidden, int batch, bool toState)
    {
        for (int b = 0; b < batch; b++)
        {
            if (toState)
            {
                Array.Copy(array, b * width + offset, state, b * hidden, hidden);
            }
            else
            {
                Array.Copy(state, b * hidden, array, b * width + offset, hidden);
            }
        }
    }

    // MIL stacks gate rows [input, forget, output, cell]; the kernel takes [input, forget, cell, output].
    private static (LstmRecurrence Kernel, int Hidden, bool Reverse) Direction(OpContext context, string suffix, int inputSize, RecurrentActivationKind[] activations, float clip, bool reverse)
    {
        MilValue weightIh = context.Constant("weight_ih" + suffix), weightHh = context.Constant("weight_hh" + suffix);
        int hidden = weightHh.Rank == 2 ? weightHh.Shape[1] : 0;
        if (weightIh.Rank != 2 || weightHh.Rank != 2 || hidden == 0 || weightHh.Shape[0] != 4 * hidden
            || weightIh.Shape[0] != 4 * hidden || weightIh.Shape[1] != inputSize)
        {
            throw context.Fail("its weight_ih" + suffix + " " + OpContext.Shape(weightIh.Shape) + " and weight_hh" + suffix + " " + OpContext.Shape(weightHh.Shape)
                + " are not [4H, " + inputSize.ToString(CultureInfo.InvariantCulture) + "] and [4H, H].");
        }

        float[] bias = ToKernelOrder(context.Vector("bias" + suffix, 4 * hidden) ?? new float[4 * hidden], hidden, 1);
        float[]? peephole = context.Vector("peephole" + suffix, 3 * hidden);
        float[][]? peepholes = peephole is null ? null : Enumerable.Range(0, 3).Select(g => peephole.AsSpan(g * hidden, hidden).ToArray()).ToArray();
        var kernel = new LstmRecurrence(
            hidden,
            PackedMatrix.FromOutputRows(ToKernelOrder(weightIh.Span, hidden, inputSize), 4 * hidden, inputSize),
            PackedMatrix.FromOutputRows(ToKernelOrder(weightHh.Span, hidden, hidden), 4 * hidden, hidden),
            bias,
            peepholes,
            activations,
            coupled: false,
            cellClip: clip);
        return (kernel, hidden, reverse);
    }

    private static float[] ToKernelOrder(ReadOnlySpan<float> rows, int hidden, int columns)
    {
        int block = hidden * columns;
        var reordered = new float[4 * block];
        rows.Slice(0, 2 * block).CopyTo(reordered);
        rows.Slice(3 * block, block).CopyTo(reordered.AsSpan(2 * block));
        rows.Slice(2 * block, block).CopyTo(reordered.AsSpan(3 * block));
        return reordered;
    }
}
