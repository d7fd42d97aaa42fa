using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CoreMLGen.Evaluation.MLPrograms.Compilation;

namespace CoreMLGen.Evaluation.MLPrograms.Ops;

/// <summary>
/// MIL <c>lstm</c>: x [T, B, I]; weights [4H, I] and [4H, H] in gate order input, forget, output, cell; bias = b_ih + b_hh;
/// forward, reverse or bidirectional (states and outputs hold the forward then the backward half); optional peepholes
/// and cell clipping. The input projection of the whole sequence is one matrix product; each step one more.
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
        var directions = new List<LstmDirection> { LstmDirection.Build(context, "", inputSize, reverse: direction == "reverse") };
        if (bidirectional)
        {
            directions.Add(LstmDirection.Build(context, "_back", inputSize, reverse: true));
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

        var activations = (Activation(context, "recurrent_activation", "sigmoid"), Activation(context, "cell_activation", "tanh"), Activation(context, "activation", "tanh"));
        float clip = context.Has("clip") ? context.Float("clip", 0f) : float.PositiveInfinity;
        bool sequence = context.Bool("output_sequence", false);
        MilValue output = context.Output(new[] { sequence ? steps : 1, batch, width });
        MilValue lastH = context.Output(new[] { batch, width });
        MilValue lastC = context.Output(new[] { batch, width });
        float[] projected = new float[steps * batch * 4 * hidden], gates = new float[batch * 4 * hidden];
        float[] h = new float[batch * hidden], c = new float[batch * hidden];
        context.Run(() =>
        {
            for (int d = 0; d < directions.Count; d++)
            {
                LstmDirection dir = directions[d];
                dir.InputProducts.Multiply(x.Data, inputSize, 1, steps * batch, projected, 4 * hidden, dir.Bias);
                for (int b = 0; b < batch; b++)
                {
                    Array.Copy(initialH.Data, b * width + d * hidden, h, b * hidden, hidden);
                    Array.Copy(initialC.Data, b * width + d * hidden, c, b * hidden, hidden);
                }

                for (int s = 0; s < steps; s++)
                {
                    int t = dir.Reverse ? steps - 1 - s : s;
                    Array.Copy(projected, t * batch * 4 * hidden, gates, 0, gates.Length);
                    dir.RecurrentProducts.Multiply(h, hidden, 1, batch, gates, 4 * hidden, ReadOnlySpan<float>.Empty, accumulate: true);
                    dir.Step(gates, h, c, batch, clip, activations);
                    // A reverse op outputs in processing order, the backward half of a bidirectional one by position
                    // (coremltools' op tests, checked against Core ML).
                    int row = sequence ? (bidirectional ? t : s) : 0;
                    if (sequence || s == steps - 1)
                    {
                        for (int b = 0; b < batch; b++)
                        {
                            Array.Copy(h, b * hidden, output.Data, (row * batch + b) * width + d * hidden, hidden);
                        }
                    }
                }

                for (int b = 0; b < batch; b++)
                {
                    Array.Copy(h, b * hidden, lastH.Data, b * width + d * hidden, hidden);
                    Array.Copy(c, b * hidden, lastC.Data, b * width + d * hidden, hidden);
                }
            }
        });
    }

    private static Func<float, float> Activation(OpContext context, string parameter, string fallback)
    {
        string name = context.Text(parameter, fallback);
        return name switch
        {
            "sigmoid" => v => 1f / (1f + MathF.Exp(-v)),
            "tanh" => MathF.Tanh,
            "relu" => v => MathF.Max(v, 0f),
            "linear" => v => v,
            "sigmoid_hard" => v => Math.Clamp(0.2f * v + 0.5f, 0f, 1f),
            _ => throw context.Fail("its " + parameter + " '" + name + "' is not sigmoid, tanh, relu, linear or sigmoid_hard."),
        };
    }
}
