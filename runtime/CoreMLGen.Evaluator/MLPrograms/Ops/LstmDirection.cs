using System;
using System.Globalization;
using CoreMLGen.Evaluation.MLPrograms.Compilation;

namespace CoreMLGen.Evaluation.MLPrograms.Ops;

/// <summary>The packed weights of one direction of a MIL <c>lstm</c> and its gate arithmetic for one step.</summary>
internal sealed class LstmDirection
{
    private readonly float[]? _peephole;

    private LstmDirection(int hidden, bool reverse, MatrixProducts input, MatrixProducts recurrent, float[] bias, float[]? peephole)
    {
        Hidden = hidden;
        Reverse = reverse;
        InputProducts = input;
        RecurrentProducts = recurrent;
        Bias = bias;
        _peephole = peephole;
    }

    public int Hidden { get; }

    public bool Reverse { get; }

    public MatrixProducts InputProducts { get; }

    public MatrixProducts RecurrentProducts { get; }

    public float[] Bias { get; }

    public static LstmDirection Build(OpContext context, string suffix, int inputSize, bool reverse)
    {
        MilValue weightIh = context.Constant("weight_ih" + suffix), weightHh = context.Constant("weight_hh" + suffix);
        int hidden = weightHh.Rank == 2 ? weightHh.Shape[1] : 0;
        if (weightIh.Rank != 2 || weightHh.Rank != 2 || hidden == 0 || weightHh.Shape[0] != 4 * hidden
            || weightIh.Shape[0] != 4 * hidden || weightIh.Shape[1] != inputSize)
        {
            throw context.Fail("its weight_ih" + suffix + " " + OpContext.Shape(weightIh.Shape) + " and weight_hh" + suffix + " " + OpContext.Shape(weightHh.Shape)
                + " are not [4H, " + inputSize.ToString(CultureInfo.InvariantCulture) + "] and [4H, H].");
        }

        float[] bias = Vector(context, "bias" + suffix, 4 * hidden) ?? new float[4 * hidden];
        float[]? peephole = Vector(context, "peephole" + suffix, 3 * hidden);
        return new LstmDirection(
            hidden,
            reverse,
            MatrixProducts.FromOutputRows(weightIh.Span, 4 * hidden, inputSize),
            MatrixProducts.FromOutputRows(weightHh.Span, 4 * hidden, hidden),
            bias,
            peephole);
    }

    /// <summary>Updates h and c from the pre-activations [B, 4H] (gates i, f, o, g).</summary>
    public void Step(float[] gates, float[] h, float[] c, int batch, float clip, (Func<float, float> Recurrent, Func<float, float> Cell, Func<float, float> Output) f)
    {
        int n = Hidden;
        for (int b = 0; b < batch; b++)
        {
            int g0 = b * 4 * n, s0 = b * n;
            for (int k = 0; k < n; k++)
            {
                float previous = c[s0 + k];
                float inputGate = gates[g0 + k], forgetGate = gates[g0 + n + k], outputGate = gates[g0 + 2 * n + k];
                if (_peephole is not null)
                {
                    inputGate += _peephole[k] * previous;
                    forgetGate += _peephole[n + k] * previous;
                }

                float cell = f.Recurrent(forgetGate) * previous + f.Recurrent(inputGate) * f.Cell(gates[g0 + 3 * n + k]);
                cell = Math.Clamp(cell, -clip, clip);
                if (_peephole is not null)
                {
                    outputGate += _peephole[2 * n + k] * cell;
                }

                c[s0 + k] = cell;
                h[s0 + k] = f.Recurrent(outputGate) * f.Output(cell);
            }
        }
    }

    private static float[]? Vector(OpContext context, string name, int count)
    {
        MilValue? value = context.Optional(name);
        if (value is null)
        {
            return null;
        }

        return value.IsConstant && value.Count == count ? value.Span.ToArray()
            : throw context.Fail("its " + name + " must be a constant of " + count.ToString(CultureInfo.InvariantCulture) + " values.");
    }
}
