using System;
using System.Collections.Generic;
using System.Runtime.Intrinsics;
using CoreMLGen.Evaluation.Kernels;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.Recurrent;

/// <summary>
/// The register sigmoid and tanh of the LSTM register steps (AVX-512 and AVX2 widths) against float64 Math.Exp and
/// Math.Tanh, over a dense sweep of [−100, 100] and the special values. Where the machine lacks a width, the LSTM steps
/// must not use it.
/// </summary>
public sealed class RegisterActivationTests
{
    // A few float ulps: sigmoid relative to its value (it is never near 0 but where it underflows), tanh absolute.
    private const double SigmoidRelative = 4 * 5.96e-8;
    private const double TanhAbsolute = 4 * 5.96e-8;

    [Theory]
    [InlineData(512)]
    [InlineData(256)]
    public void Sigmoid_and_tanh_are_within_a_few_ulps_of_float64(int width)
    {
        if (!Supported(width))
        {
            AssertTheStepsDoNotUse(width);
            return;
        }

        double worstSigmoid = 0, worstTanh = 0;
        foreach (float[] chunk in Sweep())
        {
            var (sigmoid, tanh) = Evaluate(width, chunk);
            for (int lane = 0; lane < 16; lane++)
            {
                double v = chunk[lane];
                double expectedSigmoid = 1 / (1 + Math.Exp(-v));
                double sigmoidError = expectedSigmoid < 1e-37 ? Math.Abs(sigmoid[lane] - expectedSigmoid) / 1e-37 * SigmoidRelative : Math.Abs(sigmoid[lane] - expectedSigmoid) / expectedSigmoid;
                double tanhError = Math.Abs(tanh[lane] - Math.Tanh(v));
                Assert.True(sigmoidError <= SigmoidRelative, "sigmoid(" + v.ToString("R") + ") = " + sigmoid[lane].ToString("R") + ", expected " + expectedSigmoid.ToString("R"));
                Assert.True(tanhError <= TanhAbsolute, "tanh(" + v.ToString("R") + ") = " + tanh[lane].ToString("R") + ", expected " + Math.Tanh(v).ToString("R"));
                worstSigmoid = Math.Max(worstSigmoid, sigmoidError);
                worstTanh = Math.Max(worstTanh, tanhError);
            }
        }

        Assert.True(worstSigmoid > 0 && worstTanh > 0, "the sweep must exercise rounding");
    }

    [Theory]
    [InlineData(512)]
    [InlineData(256)]
    public void Special_values_saturate_and_NaN_propagates(int width)
    {
        if (!Supported(width))
        {
            AssertTheStepsDoNotUse(width);
            return;
        }

        float[] specials = { float.NegativeInfinity, -1e30f, -89f, -0f, 0f, 1e-30f, 89f, 1e30f, float.PositiveInfinity, float.NaN, float.NaN, 1f, -1f, 20f, -20f, 1e-3f };
        var (sigmoid, tanh) = Evaluate(width, specials);
        for (int lane = 0; lane < 16; lane++)
        {
            float v = specials[lane];
            if (float.IsNaN(v))
            {
                Assert.True(float.IsNaN(sigmoid[lane]) && float.IsNaN(tanh[lane]), "NaN must stay NaN");
                continue;
            }

            Assert.InRange(sigmoid[lane], 0f, 1f);
            Assert.InRange(tanh[lane], -1f, 1f);
            Assert.True(Math.Abs(sigmoid[lane] - (1 / (1 + Math.Exp(-(double)v)))) <= 1e-7, "sigmoid(" + v + ")");
            Assert.True(Math.Abs(tanh[lane] - Math.Tanh(v)) <= 1e-7, "tanh(" + v + ")");
        }
    }

    // Where this machine lacks a width, the LSTM register steps of that width must not be built.
    private static void AssertTheStepsDoNotUse(int width)
    {
        RecurrentActivationKind[] usual = { RecurrentActivationKind.Sigmoid, RecurrentActivationKind.Tanh, RecurrentActivationKind.Tanh };
        PackedMatrix recurrent = PackedMatrix.FromOutputRows(new float[64], 16, 4);
        Assert.Null(width == 512 ? LstmStepAvx512.TryCreate(4, recurrent, null, usual, false, 50) : LstmStepAvx2.TryCreate(4, recurrent, null, usual, false, 50));
    }

    private static bool Supported(int width) => width == 512 ? Vector512Activations.IsSupported : Vector256Activations.IsSupported;

    // Sigmoid and tanh of 16 values, as one 512-bit vector or two 256-bit ones.
    private static (float[] Sigmoid, float[] Tanh) Evaluate(int width, float[] values)
    {
        var sigmoid = new float[16];
        var tanh = new float[16];
        if (width == 512)
        {
            Vector512<float> x = Vector512.Create(values);
            Vector512Activations.Sigmoid(x).CopyTo(sigmoid);
            Vector512Activations.Tanh(x).CopyTo(tanh);
        }
        else
        {
            for (int half = 0; half < 16; half += 8)
            {
                Vector256<float> x = Vector256.Create(values.AsSpan(half, 8));
                Vector256Activations.Sigmoid(x).CopyTo(sigmoid.AsSpan(half));
                Vector256Activations.Tanh(x).CopyTo(tanh.AsSpan(half));
            }
        }

        return (sigmoid, tanh);
    }

    private static IEnumerable<float[]> Sweep()
    {
        var chunk = new float[16];
        int filled = 0;
        for (double v = -100; v <= 100; v += 0.00731)
        {
            chunk[filled++] = (float)v;
            if (filled == 16)
            {
                yield return (float[])chunk.Clone();
                filled = 0;
            }
        }

        // Small magnitudes, where tanh's cancellation and sigmoid's 1/2 + x/4 matter.
        for (int e = -40; e <= 0; e++)
        {
            for (int s = 0; s < 8; s++)
            {
                chunk[s] = (float)(Math.Pow(2, e) * (1 + (s / 8.0)));
                chunk[s + 8] = -chunk[s];
            }

            yield return (float[])chunk.Clone();
        }
    }
}
