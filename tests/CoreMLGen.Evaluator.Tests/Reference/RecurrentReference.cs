using System;

namespace CoreMLGen.Evaluator.Tests.Reference;

/// <summary>The activations recurrent layers allow, with the spec's fixed constants.</summary>
public enum RecurrentFunction
{
    Sigmoid,
    Tanh,
    Linear,
    Relu,
    ScaledTanh,
    HardSigmoid,
}

/// <summary>The states after each processing step and at the end (all [Batch, H]).</summary>
internal sealed record RecurrentRun(double[][] Steps, double[] H, double[]? C);

/// <summary>
/// Float64 references for simpleRecurrent, gru and LSTM, written from the formulas in coreml-format-notes §2.8
/// (not from the kernels). x is [Seq, Batch, X]; weights are row-major [H, X] / [H, H]; gates are clipped to ±50.
/// </summary>
internal static class RecurrentReference
{
    public static double Apply(RecurrentFunction function, double v) => function switch
    {
        RecurrentFunction.Sigmoid => 1.0 / (1.0 + Math.Exp(-v)),
        RecurrentFunction.Tanh => Math.Tanh(v),
        RecurrentFunction.Linear => v,
        RecurrentFunction.Relu => Math.Max(0.0, v),
        RecurrentFunction.ScaledTanh => 1.7159 * Math.Tanh(2.0 / 3.0 * v),
        RecurrentFunction.HardSigmoid => Math.Min(1.0, Math.Max(0.0, (0.2 * v) + 0.5)),
        _ => throw new ArgumentOutOfRangeException(nameof(function)),
    };

    private static double Clip(double v) => Math.Min(50.0, Math.Max(-50.0, v));

    // W[row, ·]·v over `columns` values.
    private static double Dot(float[] w, int row, int columns, double[] v, int offset)
    {
        double sum = 0;
        for (int j = 0; j < columns; j++)
        {
            sum += (double)w[(row * columns) + j] * v[offset + j];
        }

        return sum;
    }

    private static double[] Row(float[] x, int t, int b, int batch, int size)
    {
        var row = new double[size];
        for (int j = 0; j < size; j++)
        {
            row[j] = x[(((t * batch) + b) * size) + j];
        }

        return row;
    }

    /// <summary>
    /// LSTM with gates [input, forget, block input, output]: w/r/bias/peep indexed that way (peep: input, forget,
    /// output). <paramref name="forgetBiasAdd"/> is added to the forget gate's bias.
    /// </summary>
    public static RecurrentRun Lstm(
        float[] x, int sequence, int batch, int inputSize, int hidden,
        float[][] w, float[][] r, float[][]? bias, float[][]? peep, RecurrentFunction[] functions,
        bool coupled, double cellClip, double forgetBiasAdd, double[] h0, double[] c0, bool reverse)
    {
        var h = (double[])h0.Clone();
        var c = (double[])c0.Clone();
        var steps = new double[sequence][];
        for (int step = 0; step < sequence; step++)
        {
            int t = reverse ? sequence - 1 - step : step;
            var newH = new double[batch * hidden];
            var newC = new double[batch * hidden];
            for (int b = 0; b < batch; b++)
            {
                double[] xt = Row(x, t, b, batch, inputSize);
                for (int j = 0; j < hidden; j++)
                {
                    double Pre(int gate) => Dot(w[gate], j, inputSize, xt, 0) + Dot(r[gate], j, hidden, h, b * hidden) + (bias is null ? 0 : bias[gate][j]);
                    double cPrev = c[(b * hidden) + j];
                    double i = functions[0].Apply(Clip(Pre(0) + (peep is null ? 0 : peep[0][j] * cPrev)));
                    double f = coupled ? 1 - i : functions[0].Apply(Clip(Pre(1) + forgetBiasAdd + (peep is null ? 0 : peep[1][j] * cPrev)));
                    double z = functions[1].Apply(Clip(Pre(2)));
                    double cell = (cPrev * f) + (i * z);
                    cell = Math.Min(cellClip, Math.Max(-cellClip, cell));
                    double o = functions[0].Apply(Clip(Pre(3) + (peep is null ? 0 : peep[2][j] * cell)));
                    newC[(b * hidden) + j] = cell;
                    newH[(b * hidden) + j] = functions[2].Apply(cell) * o;
                }
            }

            h = newH;
            c = newC;
            steps[step] = h;
        }

        return new RecurrentRun(steps, h, c);
    }

    /// <summary>GRU with gates [update z, reset r, output o]; the reset gate multiplies h before R_o.</summary>
    public static RecurrentRun Gru(
        float[] x, int sequence, int batch, int inputSize, int hidden,
        float[][] w, float[][] r, float[][]? bias, RecurrentFunction[] functions, double[] h0, bool reverse)
    {
        var h = (double[])h0.Clone();
        var steps = new double[sequence][];
        for (int step = 0; step < sequence; step++)
        {
            int t = reverse ? sequence - 1 - step : step;
            var newH = new double[batch * hidden];
            for (int b = 0; b < batch; b++)
            {
                double[] xt = Row(x, t, b, batch, inputSize);
                var resetH = new double[hidden];
                var z = new double[hidden];
                for (int j = 0; j < hidden; j++)
                {
                    z[j] = functions[0].Apply(Clip(Dot(w[0], j, inputSize, xt, 0) + Dot(r[0], j, hidden, h, b * hidden) + (bias is null ? 0 : bias[0][j])));
                    double reset = functions[0].Apply(Clip(Dot(w[1], j, inputSize, xt, 0) + Dot(r[1], j, hidden, h, b * hidden) + (bias is null ? 0 : bias[1][j])));
                    resetH[j] = reset * h[(b * hidden) + j];
                }

                for (int j = 0; j < hidden; j++)
                {
                    double o = functions[1].Apply(Clip(Dot(w[2], j, inputSize, xt, 0) + Dot(r[2], j, hidden, resetH, 0) + (bias is null ? 0 : bias[2][j])));
                    newH[(b * hidden) + j] = ((1 - z[j]) * o) + (z[j] * h[(b * hidden) + j]);
                }
            }

            h = newH;
            steps[step] = h;
        }

        return new RecurrentRun(steps, h, null);
    }

    /// <summary>simpleRecurrent: h' = f(clip(W x + R h + b)).</summary>
    public static RecurrentRun Simple(
        float[] x, int sequence, int batch, int inputSize, int hidden,
        float[] w, float[] r, float[]? bias, RecurrentFunction function, double[] h0, bool reverse)
    {
        var h = (double[])h0.Clone();
        var steps = new double[sequence][];
        for (int step = 0; step < sequence; step++)
        {
            int t = reverse ? sequence - 1 - step : step;
            var newH = new double[batch * hidden];
            for (int b = 0; b < batch; b++)
            {
                double[] xt = Row(x, t, b, batch, inputSize);
                for (int j = 0; j < hidden; j++)
                {
                    newH[(b * hidden) + j] = function.Apply(Clip(Dot(w, j, inputSize, xt, 0) + Dot(r, j, hidden, h, b * hidden) + (bias is null ? 0 : bias[j])));
                }
            }

            h = newH;
            steps[step] = h;
        }

        return new RecurrentRun(steps, h, null);
    }
}

internal static class RecurrentFunctionExtensions
{
    public static double Apply(this RecurrentFunction function, double v) => RecurrentReference.Apply(function, v);
}
