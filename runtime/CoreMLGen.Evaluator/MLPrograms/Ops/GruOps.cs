using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.MLPrograms.Compilation;

namespace CoreMLGen.Evaluation.MLPrograms.Ops;

/// <summary>
/// MIL <c>gru</c>: x [T, B, I], initial_h [B, H], weight_ih [3H, I] and weight_hh [3H, H] with gate rows in the order
/// reset, output, update, bias [3H] (plus iOS 18's input_bias, added to it). As coremltools' tests of the op check
/// against Core ML: z = σ(W_z x + R_z h + b_z), r = σ(W_r x + R_r h + b_r), o = act(W_o x + R_o (r ⊙ h) + b_o),
/// h' = (1 − z) ⊙ o + z ⊙ h; forward or reverse (outputs in processing order). iOS 18's reset_after = true is the
/// PyTorch form, as coremltools' op test of it compares with torch.nn.GRU: input_bias is b_i and bias b_h, and
/// o = act(W_o x + b_io + r ⊙ (R_o h + b_ho)). The math is the evaluator's <see cref="GruRecurrence"/>.
/// </summary>
internal static class GruOps
{
    public static void Register(Dictionary<string, Action<OpContext>> builders)
    {
        builders["gru"] = Gru;
    }

    private static void Gru(OpContext context)
    {
        MilValue x = context.Input("x"), initialH = context.Input("initial_h");
        MilValue weightIh = context.Constant("weight_ih"), weightHh = context.Constant("weight_hh");
        if (x.Rank != 3)
        {
            throw context.Fail("its input " + OpContext.Shape(x.Shape) + " is not rank 3 [T, B, I].");
        }

        string direction = context.Text("direction", "forward");
        if (direction is not ("forward" or "reverse"))
        {
            throw context.Fail("its direction '" + direction + "' is not forward or reverse.");
        }

        int steps = x.Shape[0], batch = x.Shape[1], inputSize = x.Shape[2];
        int hidden = weightHh.Rank == 2 ? weightHh.Shape[1] : 0;
        if (weightIh.Rank != 2 || weightHh.Rank != 2 || hidden == 0 || weightHh.Shape[0] != 3 * hidden || weightIh.Shape[0] != 3 * hidden || weightIh.Shape[1] != inputSize)
        {
            throw context.Fail("its weight_ih " + OpContext.Shape(weightIh.Shape) + " and weight_hh " + OpContext.Shape(weightHh.Shape)
                + " are not [3H, " + inputSize.ToString(CultureInfo.InvariantCulture) + "] and [3H, H].");
        }

        if (initialH.Count != batch * hidden)
        {
            throw context.Fail("its initial_h " + OpContext.Shape(initialH.Shape) + " does not hold [" + batch.ToString(CultureInfo.InvariantCulture) + ", " + hidden.ToString(CultureInfo.InvariantCulture) + "].");
        }

        bool resetAfter = context.Bool("reset_after", false);
        float[]? hiddenBias = context.Vector("bias", 3 * hidden), inputBias = context.Vector("input_bias", 3 * hidden);
        float[] bias = Sum(hiddenBias, inputBias, 3 * hidden);
        float[]? hiddenOutputBias = null;
        if (resetAfter)
        {
            // The output gate's hidden bias (MIL rows [reset, output, update]) moves inside the reset.
            hiddenOutputBias = hiddenBias is null ? new float[hidden] : hiddenBias.AsSpan(hidden, hidden).ToArray();
            for (int j = 0; j < hidden; j++)
            {
                bias[hidden + j] = inputBias is null ? 0f : inputBias[hidden + j];
            }
        }

        float[] wx = ToKernelOrder(weightIh.Span, hidden, inputSize), wh = ToKernelOrder(weightHh.Span, hidden, hidden);
        var kernel = new GruRecurrence(
            hidden,
            PackedMatrix.FromOutputRows(wx, 3 * hidden, inputSize),
            PackedMatrix.FromOutputRows(wh.AsSpan(0, 2 * hidden * hidden), 2 * hidden, hidden),
            PackedMatrix.FromOutputRows(wh.AsSpan(2 * hidden * hidden), hidden, hidden),
            ToKernelOrder(bias, hidden, 1),
            SequenceOutput.Activation(context, "recurrent_activation", "sigmoid"),
            SequenceOutput.Activation(context, "activation", "tanh"),
            hiddenOutputBias);
        bool sequence = context.Bool("output_sequence", false), reverse = direction == "reverse";
        MilValue output = context.Output(new[] { sequence ? steps : 1, batch, hidden });
        MilValue lastH = context.Output(new[] { batch, hidden });
        float[] gates = new float[kernel.GateScratch(steps, batch)], resetHidden = new float[batch * hidden];
        context.Run(() =>
        {
            Span<float> h = lastH.Span;
            initialH.Span.CopyTo(h);
            var sink = new SequenceOutput(sequence ? output.Data : null, batch, hidden, hidden, 0, atPosition: false);
            kernel.Run(x.Span, steps, batch, reverse, gates, h, resetHidden, ref sink);
            if (!sequence)
            {
                h.CopyTo(output.Span);
            }
        });
    }

    // MIL stacks gate rows [reset, output, update]; the kernel takes [update, reset, output].
    private static float[] ToKernelOrder(ReadOnlySpan<float> rows, int hidden, int columns)
    {
        int block = hidden * columns;
        var reordered = new float[3 * block];
        rows.Slice(2 * block, block).CopyTo(reordered);
        rows.Slice(0, block).CopyTo(reordered.AsSpan(block));
        rows.Slice(block, block).CopyTo(reordered.AsSpan(2 * block));
        return reordered;
    }

    private static float[] Sum(float[]? a, float[]? b, int count) =>
        a is null ? b ?? new float[count] : b is null ? a : a.Zip(b, (p, q) => p + q).ToArray();
}
