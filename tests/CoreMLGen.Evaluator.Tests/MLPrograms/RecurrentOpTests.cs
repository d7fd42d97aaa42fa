using System;
using System.Linq;
using CoreMLGen.Evaluation;
using CoreMLGen.Evaluator.Tests.Reference;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.MLPrograms;

/// <summary>
/// MIL gru and lstm against the float64 recurrences of <see cref="RecurrentReference"/> (written from the formulas,
/// not from the kernels), with MIL's stacked gate orders split by hand here: gru rows [reset, output, update], lstm rows
/// [input, forget, output, cell]. As coremltools' op tests check on Core ML, a reverse op outputs in processing order.
/// </summary>
public sealed class RecurrentOpTests
{
    private const int Steps = 4, Batch = 2, InputSize = 3, Hidden = 5;

    [Theory]
    [InlineData("forward", true, "sigmoid", "tanh", false)]
    [InlineData("reverse", true, "sigmoid", "tanh", true)]
    [InlineData("forward", false, "tanh", "sigmoid", true)]
    [InlineData("reverse", false, "sigmoid_hard", "relu", false)]
    public void Gru_matches_the_reset_before_recurrence(string direction, bool sequence, string gate, string activation, bool inputBias)
    {
        var random = new Random(40);
        float[] x = MilRun.Random(random, Steps, Batch, InputSize), h0 = MilRun.Random(random, Batch, Hidden);
        float[] wih = MilRun.Random(random, 3 * Hidden, InputSize), whh = MilRun.Random(random, 3 * Hidden, Hidden);
        float[] bias = MilRun.Random(random, 3 * Hidden), extra = inputBias ? MilRun.Random(random, 3 * Hidden) : new float[3 * Hidden];
        var spec = new MilSpecBuilder().Input("x", new[] { Steps, Batch, InputSize }).Input("h0", new[] { Batch, Hidden })
            .Const("wih", wih, 3 * Hidden, InputSize).Const("whh", whh, 3 * Hidden, Hidden).Const("b", bias, 3 * Hidden).Const("ib", extra, 3 * Hidden)
            .Text("dir", direction).Bool("seq", sequence).Text("ra", gate).Text("a", activation)
            .Op("gru", new[] { "y", "h" }, "x=x", "initial_h=h0", "weight_ih=wih", "weight_hh=whh", "bias=b", "input_bias=ib",
                "direction=dir", "output_sequence=seq", "recurrent_activation=ra", "activation=a")
            .Output("y").Output("h");

        // Reference gates [update, reset, output] from MIL's [reset, output, update].
        int[] order = { 2, 0, 1 };
        float[][] w = order.Select(g => Block(wih, g, Hidden * InputSize)).ToArray(), r = order.Select(g => Block(whh, g, Hidden * Hidden)).ToArray();
        float[][] b = order.Select(g => Block(bias, g, Hidden).Zip(Block(extra, g, Hidden), (p, q) => p + q).ToArray()).ToArray();
        RecurrentRun run = RecurrentReference.Gru(x, Steps, Batch, InputSize, Hidden, w, r, b, new[] { Function(gate), Function(activation) }, MilRun.ToDouble(h0), direction == "reverse");
        var outputs = MilRun.PredictMany(spec, new[] { "y", "h" }, ("x", x, new[] { Steps, Batch, InputSize }), ("h0", h0, new[] { Batch, Hidden }));
        double[] y = sequence ? run.Steps.SelectMany(s => s).ToArray() : run.H;
        MilRun.AssertClose(y, new[] { sequence ? Steps : 1, Batch, Hidden }, outputs["y"]);
        MilRun.AssertClose(run.H, new[] { Batch, Hidden }, outputs["h"]);
    }

    [Theory]
    [InlineData("forward", true, true)]
    [InlineData("reverse", false, false)]
    public void Gru_reset_after_matches_the_pytorch_recurrence(string direction, bool sequence, bool inputBias)
    {
        var random = new Random(42);
        float[] x = MilRun.Random(random, Steps, Batch, InputSize), h0 = MilRun.Random(random, Batch, Hidden);
        float[] wih = MilRun.Random(random, 3 * Hidden, InputSize), whh = MilRun.Random(random, 3 * Hidden, Hidden);
        float[] bh = MilRun.Random(random, 3 * Hidden), bi = inputBias ? MilRun.Random(random, 3 * Hidden) : new float[3 * Hidden];
        var spec = new MilSpecBuilder().Input("x", new[] { Steps, Batch, InputSize }).Input("h0", new[] { Batch, Hidden })
            .Const("wih", wih, 3 * Hidden, InputSize).Const("whh", whh, 3 * Hidden, Hidden).Const("b", bh, 3 * Hidden).Const("ib", bi, 3 * Hidden)
            .Text("dir", direction).Bool("seq", sequence).Bool("after", true)
            .Op("gru", new[] { "y", "h" }, "x=x", "initial_h=h0", "weight_ih=wih", "weight_hh=whh", "bias=b", "input_bias=ib",
                "direction=dir", "output_sequence=seq", "reset_after=after")
            .Output("y").Output("h");

        // torch.nn.GRU, written out: rows [reset, output (n), update] as MIL stacks them; input_bias is b_i, bias b_h.
        double Dot(float[] m, int row, int columns, double[] v) => Enumerable.Range(0, columns).Sum(c => (double)m[(row * columns) + c] * v[c]);
        double Sigmoid(double v) => 1 / (1 + Math.Exp(-v));
        var h = Enumerable.Range(0, Batch).Select(b => Enumerable.Range(0, Hidden).Select(j => (double)h0[(b * Hidden) + j]).ToArray()).ToArray();
        var steps = new double[Steps][];
        for (int step = 0; step < Steps; step++)
        {
            int t = direction == "reverse" ? Steps - 1 - step : step;
            steps[step] = new double[Batch * Hidden];
            for (int b = 0; b < Batch; b++)
            {
                double[] xt = Enumerable.Range(0, InputSize).Select(i => (double)x[(((t * Batch) + b) * InputSize) + i]).ToArray();
                var next = new double[Hidden];
                for (int j = 0; j < Hidden; j++)
                {
                    double r = Sigmoid(Dot(wih, j, InputSize, xt) + bi[j] + Dot(whh, j, Hidden, h[b]) + bh[j]);
                    double z = Sigmoid(Dot(wih, (2 * Hidden) + j, InputSize, xt) + bi[(2 * Hidden) + j] + Dot(whh, (2 * Hidden) + j, Hidden, h[b]) + bh[(2 * Hidden) + j]);
                    double n = Math.Tanh(Dot(wih, Hidden + j, InputSize, xt) + bi[Hidden + j] + (r * (Dot(whh, Hidden + j, Hidden, h[b]) + bh[Hidden + j])));
                    next[j] = ((1 - z) * n) + (z * h[b][j]);
                }

                h[b] = next;
                next.CopyTo(steps[step], b * Hidden);
            }
        }

        var outputs = MilRun.PredictMany(spec, new[] { "y", "h" }, ("x", x, new[] { Steps, Batch, InputSize }), ("h0", h0, new[] { Batch, Hidden }));
        double[] last = h.SelectMany(v => v).ToArray();
        MilRun.AssertClose(sequence ? steps.SelectMany(s => s).ToArray() : last, new[] { sequence ? Steps : 1, Batch, Hidden }, outputs["y"]);
        MilRun.AssertClose(last, new[] { Batch, Hidden }, outputs["h"]);
    }

    [Theory]
    [InlineData("forward", true, false, 0f)]
    [InlineData("reverse", true, true, 0f)]
    [InlineData("reverse", false, false, 0.3f)]
    [InlineData("bidirectional", true, false, 0f)]
    [InlineData("bidirectional", false, true, 0.5f)]
    public void Lstm_matches_the_recurrence_in_every_direction(string direction, bool sequence, bool peephole, float clip)
    {
        var random = new Random(41);
        int directions = direction == "bidirectional" ? 2 : 1, width = directions * Hidden;
        float[] x = MilRun.Random(random, Steps, Batch, InputSize), h0 = MilRun.Random(random, Batch, width), c0 = MilRun.Random(random, Batch, width);
        var spec = new MilSpecBuilder().Input("x", new[] { Steps, Batch, InputSize }).Input("h0", new[] { Batch, width }).Input("c0", new[] { Batch, width })
            .Text("dir", direction).Bool("seq", sequence);
        var inputs = new System.Collections.Generic.List<string> { "x=x", "initial_h=h0", "initial_c=c0", "direction=dir", "output_sequence=seq" };
        if (clip > 0)
        {
            spec.Float("clip", clip);
            inputs.Add("clip=clip");
        }

        var runs = new RecurrentRun[directions];
        for (int d = 0; d < directions; d++)
        {
            string suffix = d == 0 ? "" : "_back";
            float[] wih = MilRun.Random(random, 4 * Hidden, InputSize), whh = MilRun.Random(random, 4 * Hidden, Hidden), bias = MilRun.Random(random, 4 * Hidden);
            float[] peep = MilRun.Random(random, 3 * Hidden);
            spec.Const("wih" + suffix, wih, 4 * Hidden, InputSize).Const("whh" + suffix, whh, 4 * Hidden, Hidden).Const("b" + suffix, bias, 4 * Hidden).Const("p" + suffix, peep, 3 * Hidden);
            inputs.AddRange(new[] { "weight_ih" + suffix + "=wih" + suffix, "weight_hh" + suffix + "=whh" + suffix, "bias" + suffix + "=b" + suffix });
            if (peephole)
            {
                inputs.Add("peephole" + suffix + "=p" + suffix);
            }

            // Reference gates [input, forget, cell, output] from MIL's [input, forget, output, cell].
            int[] order = { 0, 1, 3, 2 };
            runs[d] = RecurrentReference.Lstm(
                x, Steps, Batch, InputSize, Hidden,
                order.Select(g => Block(wih, g, Hidden * InputSize)).ToArray(), order.Select(g => Block(whh, g, Hidden * Hidden)).ToArray(),
                order.Select(g => Block(bias, g, Hidden)).ToArray(), peephole ? new[] { Block(peep, 0, Hidden), Block(peep, 1, Hidden), Block(peep, 2, Hidden) } : null,
                new[] { RecurrentFunction.Sigmoid, RecurrentFunction.Tanh, RecurrentFunction.Tanh }, coupled: false, cellClip: clip > 0 ? clip : double.PositiveInfinity,
                forgetBiasAdd: 0, Half(h0, d, width), Half(c0, d, width), reverse: direction == "reverse" || d == 1);
        }

        spec.Op("lstm", new[] { "y", "h", "c" }, inputs.ToArray()).Output("y").Output("h").Output("c");
        var outputs = MilRun.PredictMany(spec, new[] { "y", "h", "c" }, ("x", x, new[] { Steps, Batch, InputSize }), ("h0", h0, new[] { Batch, width }), ("c0", c0, new[] { Batch, width }));
        var expected = new double[(sequence ? Steps : 1) * Batch * width];
        for (int d = 0; d < directions; d++)
        {
            for (int row = 0; row < (sequence ? Steps : 1); row++)
            {
                // Bidirectional: the backward half by time position; otherwise by processing step.
                double[] h = !sequence ? runs[d].H : d == 1 ? runs[d].Steps[Steps - 1 - row] : runs[d].Steps[row];
                for (int b = 0; b < Batch; b++)
                {
                    Array.Copy(h, b * Hidden, expected, (row * Batch + b) * width + d * Hidden, Hidden);
                }
            }
        }

        MilRun.AssertClose(expected, new[] { sequence ? Steps : 1, Batch, width }, outputs["y"]);
        MilRun.AssertClose(Join(runs.Select(r => r.H).ToArray()), new[] { Batch, width }, outputs["h"]);
        MilRun.AssertClose(Join(runs.Select(r => r.C!).ToArray()), new[] { Batch, width }, outputs["c"]);
    }

    private static float[] Block(float[] values, int index, int size) => values.Skip(index * size).Take(size).ToArray();

    private static double[] Half(float[] state, int direction, int width) =>
        Enumerable.Range(0, Batch).SelectMany(b => state.Skip(b * width + direction * Hidden).Take(Hidden)).Select(v => (double)v).ToArray();

    private static double[] Join(double[][] halves) =>
        Enumerable.Range(0, Batch).SelectMany(b => halves.SelectMany(h => h.Skip(b * Hidden).Take(Hidden))).ToArray();

    private static RecurrentFunction Function(string name) => name switch
    {
        "sigmoid" => RecurrentFunction.Sigmoid,
        "tanh" => RecurrentFunction.Tanh,
        "relu" => RecurrentFunction.Relu,
        "sigmoid_hard" => RecurrentFunction.HardSigmoid,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
