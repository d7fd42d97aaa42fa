using System;
using System.Linq;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.MLPrograms;

/// <summary>MIL element-wise ops against float64 formulas written here, including broadcasting and edge shapes.</summary>
public sealed class ElementwiseOpTests
{
    [Theory]
    [InlineData("abs")]
    [InlineData("exp")]
    [InlineData("sqrt")]
    [InlineData("log")]
    [InlineData("tanh")]
    [InlineData("sigmoid")]
    [InlineData("relu")]
    [InlineData("silu")]
    [InlineData("softplus")]
    [InlineData("softsign")]
    [InlineData("erf")]
    [InlineData("square")]
    [InlineData("floor")]
    [InlineData("ceil")]
    [InlineData("sin")]
    [InlineData("cos")]
    [InlineData("rsqrt")]
    [InlineData("relu6")]
    [InlineData("exp2")]
    [InlineData("sign")]
    [InlineData("round")]
    [InlineData("tan")]
    [InlineData("asin")]
    [InlineData("acos")]
    [InlineData("atan")]
    [InlineData("sinh")]
    [InlineData("cosh")]
    [InlineData("atanh")]
    [InlineData("inverse")]
    [InlineData("logical_not")]
    [InlineData("identity")]
    public void Unary_op_matches_its_formula(string op)
    {
        // Positive inputs for the ops defined only there; a rank-0 edge shape elsewhere would hide broadcasting bugs.
        bool positive = op is "sqrt" or "log" or "rsqrt";
        float scale = op switch { "erf" => 2.5f, "asin" or "acos" or "atanh" => 0.95f, "tan" => 1.4f, _ => 8f };
        float[] x = MilRun.Random(new Random(1), 2, 3, 5).Select(v => positive ? v + 1.5f : v * scale).ToArray();
        if (op == "logical_not")
        {
            x = x.Select(v => v > 0 ? 0f : v).ToArray();
        }

        var spec = new MilSpecBuilder().Input("x", new[] { 2, 3, 5 }).Op(op, "y", "x=x").Output("y");
        double[] expected = x.Select(v => Reference(op, v)).ToArray();
        MilRun.AssertClose(expected, new[] { 2, 3, 5 }, MilRun.Predict(spec, "y", ("x", x, new[] { 2, 3, 5 })), 2e-6);
    }

    [Theory]
    [InlineData("EXACT")]
    [InlineData("TANH_APPROXIMATION")]
    [InlineData("SIGMOID_APPROXIMATION")]
    public void Gelu_modes_match_their_formulas(string mode)
    {
        float[] x = MilRun.Random(new Random(2), 4, 6).Select(v => v * 3.5f).ToArray();
        var spec = new MilSpecBuilder().Input("x", new[] { 4, 6 }).Text("mode", mode).Op("gelu", "y", "x=x", "mode=mode").Output("y");
        double[] expected = x.Select(v => mode switch
        {
            "EXACT" => 0.5 * v * (1 + Erf(v / Math.Sqrt(2))),
            "TANH_APPROXIMATION" => 0.5 * v * (1 + Math.Tanh(Math.Sqrt(2 / Math.PI) * (v + 0.044715 * v * v * v))),
            _ => v / (1 + Math.Exp(-1.702 * v)),
        }).ToArray();
        MilRun.AssertClose(expected, new[] { 4, 6 }, MilRun.Predict(spec, "y", ("x", x, new[] { 4, 6 })), 2e-6);
    }

    [Fact]
    public void Parameterised_activations_use_their_constants()
    {
        float[] x = MilRun.Random(new Random(3), 10).Select(v => v * 4).ToArray();
        var spec = new MilSpecBuilder().Input("x", new[] { 10 })
            .Float("a", 0.1f).Float("lo", -0.5f).Float("hi", 1.5f)
            .Op("leaky_relu", "l", "x=x", "alpha=a")
            .Op("clip", "c", "x=l", "alpha=lo", "beta=hi")
            .Op("elu", "y", "x=c", "alpha=a")
            .Output("y");
        double[] expected = x.Select(v => (double)v).Select(v => v >= 0 ? v : 0.1 * v).Select(v => Math.Min(Math.Max(v, -0.5), 1.5))
            .Select(v => v > 0 ? v : 0.1 * (Math.Exp(v) - 1)).ToArray();
        MilRun.AssertClose(expected, new[] { 10 }, MilRun.Predict(spec, "y", ("x", x, new[] { 10 })));
    }

    [Theory]
    [InlineData("threshold", 0.3, 0.0, true)]
    [InlineData("sigmoid_hard", 0.3, 0.4, true)]
    [InlineData("sigmoid_hard", 0.2, 0.5, false)]
    [InlineData("scaled_tanh", 1.7, 0.6, true)]
    [InlineData("linear_activation", -2.0, 0.5, true)]
    [InlineData("softplus", 0.0, 0.0, false)]
    public void Alpha_beta_activations_use_their_parameters_or_defaults(string op, double alpha, double beta, bool given)
    {
        float[] x = MilRun.Random(new Random(6), 3, 4).Select(v => v * 30).ToArray();
        var spec = new MilSpecBuilder().Input("x", new[] { 3, 4 }).Float("a", (float)alpha).Float("b", (float)beta);
        spec = given ? spec.Op(op, "y", op == "threshold" ? new[] { "x=x", "alpha=a" } : new[] { "x=x", "alpha=a", "beta=b" }) : spec.Op(op, "y", "x=x");
        double[] expected = x.Select(v => (double)v).Select(v => op switch
        {
            "threshold" => Math.Max(v, alpha),
            "sigmoid_hard" => Math.Min(Math.Max(alpha * v + beta, 0), 1),
            "scaled_tanh" => alpha * Math.Tanh(beta * v),
            "linear_activation" => alpha * v + beta,
            _ => Math.Log(1 + Math.Exp(v)),
        }).ToArray();
        MilRun.AssertClose(expected, new[] { 3, 4 }, MilRun.Predict(spec.Output("y"), "y", ("x", x, new[] { 3, 4 })), 2e-6);
    }

    [Theory]
    [InlineData("add", new[] { 2, 3, 4 }, new[] { 2, 3, 4 })]
    [InlineData("sub", new[] { 2, 3, 4 }, new[] { 4 })]
    [InlineData("mul", new[] { 2, 1, 4 }, new[] { 3, 1 })]
    [InlineData("real_div", new[] { 1 }, new[] { 2, 3 })]
    [InlineData("maximum", new[] { 3, 1, 2 }, new[] { 1, 4, 1 })]
    [InlineData("minimum", new[] { 5 }, new[] { 1 })]
    [InlineData("pow", new[] { 2, 2 }, new[] { 2, 1 })]
    [InlineData("greater", new[] { 2, 3 }, new[] { 3 })]
    [InlineData("equal", new[] { 0, 3 }, new[] { 3 })]
    [InlineData("floor_div", new[] { 2, 3 }, new[] { 2, 1 })]
    [InlineData("mod", new[] { 4 }, new[] { 3, 4 })]
    [InlineData("less", new[] { 2, 3 }, new[] { 3 })]
    [InlineData("less_equal", new[] { 3, 3 }, new[] { 3, 1 })]
    [InlineData("greater_equal", new[] { 2, 2, 2 }, new[] { 2 })]
    [InlineData("not_equal", new[] { 6 }, new[] { 1 })]
    [InlineData("logical_and", new[] { 2, 4 }, new[] { 4 })]
    [InlineData("logical_or", new[] { 2, 4 }, new[] { 2, 1 })]
    [InlineData("logical_xor", new[] { 4, 1 }, new[] { 1, 4 })]
    public void Binary_op_broadcasts_like_numpy(string op, int[] xShape, int[] yShape)
    {
        var random = new Random(4);
        float[] x = MilRun.Random(random, xShape).Select(v => op == "pow" ? v + 1.5f : v).ToArray();
        float[] y = MilRun.Random(random, yShape).Select(v => op is "real_div" or "floor_div" or "mod" ? v + 2f : v).ToArray();
        if (op.StartsWith("logical_", StringComparison.Ordinal) || op.EndsWith("_equal", StringComparison.Ordinal) || op == "less")
        {
            // Few distinct values, so that ties and zeros occur.
            x = x.Select(v => MathF.Round(v)).ToArray();
            y = y.Select(v => MathF.Round(v)).ToArray();
        }

        if (op == "equal" && y.Length > 0)
        {
            y[0] = 0.25f;
        }

        var spec = new MilSpecBuilder().Input("x", xShape).Input("y", yShape).Op(op, "z", "x=x", "y=y").Output("z");
        int[] shape = BroadcastShape(xShape, yShape);
        int count = shape.Aggregate(1, (p, d) => p * d);
        var expected = new double[count];
        for (int i = 0; i < count; i++)
        {
            double a = At(x, xShape, shape, i), b = At(y, yShape, shape, i);
            expected[i] = op switch
            {
                "add" => a + b,
                "sub" => a - b,
                "mul" => a * b,
                "real_div" => a / b,
                "maximum" => Math.Max(a, b),
                "minimum" => Math.Min(a, b),
                "pow" => Math.Pow(a, b),
                "greater" => a > b ? 1 : 0,
                "floor_div" => Math.Floor(a / b),
                "mod" => a - Math.Floor(a / b) * b,
                "less" => a < b ? 1 : 0,
                "less_equal" => a <= b ? 1 : 0,
                "greater_equal" => a >= b ? 1 : 0,
                "not_equal" => a != b ? 1 : 0,
                "logical_and" => a != 0 && b != 0 ? 1 : 0,
                "logical_or" => a != 0 || b != 0 ? 1 : 0,
                "logical_xor" => (a != 0) != (b != 0) ? 1 : 0,
                _ => a == b ? 1 : 0,
            };
        }

        MilRun.AssertClose(expected, shape, MilRun.Predict(spec, "z", ("x", x, xShape), ("y", y, yShape)), 2e-6);
    }

    [Fact]
    public void Select_picks_per_element_with_broadcasting()
    {
        float[] condition = { 1, 0, 1 }, a = MilRun.Random(new Random(5), 2, 3), b = { 7 };
        var spec = new MilSpecBuilder().Input("c", new[] { 3 }).Input("a", new[] { 2, 3 }).Input("b", new[] { 1 })
            .Op("select", "y", "cond=c", "a=a", "b=b").Output("y");
        double[] expected = Enumerable.Range(0, 6).Select(i => condition[i % 3] != 0 ? a[i] : 7.0).ToArray();
        MilRun.AssertClose(expected, new[] { 2, 3 }, MilRun.Predict(spec, "y", ("c", condition, new[] { 3 }), ("a", a, new[] { 2, 3 }), ("b", b, new[] { 1 })));
    }

    [Fact]
    public void Cast_to_fp16_rounds_and_to_int32_truncates()
    {
        float[] x = { 1.0001f, -2.7f, 2.7f, 65519f };
        var spec = new MilSpecBuilder().Input("x", new[] { 4 }).Text("h", "fp16").Text("i", "int32").Text("f", "fp32")
            .Op("cast", "half", "x=x", "dtype=h").Op("cast", "y", "x=half", "dtype=f")
            .Op("cast", "int", "x=x", "dtype=i").Op("cast", "z", "x=int", "dtype=f")
            .Output("y").Output("z");
        MilRun.AssertClose(new double[] { 1.0, -2.69921875, 2.69921875, 65504 }, new[] { 4 }, MilRun.Predict(spec, "y", ("x", x, new[] { 4 })), 0);
        MilRun.AssertClose(new double[] { 1, -2, 2, 65519 }, new[] { 4 }, MilRun.Predict(spec, "z", ("x", x, new[] { 4 })), 0);
    }

    private static double Reference(string op, double v) => op switch
    {
        "abs" => Math.Abs(v),
        "exp" => Math.Exp(v),
        "sqrt" => Math.Sqrt(v),
        "log" => Math.Log(v),
        "tanh" => Math.Tanh(v),
        "sigmoid" => 1 / (1 + Math.Exp(-v)),
        "relu" => Math.Max(v, 0),
        "silu" => v / (1 + Math.Exp(-v)),
        "softplus" => Math.Log(1 + Math.Exp(v)),
        "softsign" => v / (1 + Math.Abs(v)),
        "erf" => Erf(v),
        "square" => v * v,
        "floor" => Math.Floor(v),
        "ceil" => Math.Ceiling(v),
        "sin" => Math.Sin(v),
        "cos" => Math.Cos(v),
        "rsqrt" => 1 / Math.Sqrt(v + 1e-12),
        "relu6" => Math.Min(Math.Max(v, 0), 6),
        "exp2" => Math.Pow(2, v),
        "sign" => Math.Sign(v),
        "round" => Math.Round(v, MidpointRounding.ToEven),
        "tan" => Math.Tan(v),
        "asin" => Math.Asin(v),
        "acos" => Math.Acos(v),
        "atan" => Math.Atan(v),
        "sinh" => Math.Sinh(v),
        "cosh" => Math.Cosh(v),
        "atanh" => Math.Atanh(v),
        "inverse" => 1 / (v + 1e-4),
        "logical_not" => v == 0 ? 1 : 0,
        "identity" => v,
        _ => throw new ArgumentException(op),
    };

    // erf by its Taylor series, accurate in double for |x| ≤ 2.5 (the range the tests use); 1 beyond 6 (erfc(6) ≈ 2e-17).
    private static double Erf(double x)
    {
        if (Math.Abs(x) > 6)
        {
            return Math.Sign(x);
        }

        double sum = 0, term = x;
        for (int n = 0; n < 200; n++)
        {
            sum += term / (2 * n + 1);
            term *= -x * x / (n + 1);
        }

        return 2 / Math.Sqrt(Math.PI) * sum;
    }

    private static int[] BroadcastShape(int[] a, int[] b)
    {
        int rank = Math.Max(a.Length, b.Length);
        return Enumerable.Range(0, rank).Select(i =>
        {
            int da = i - (rank - a.Length) >= 0 ? a[i - (rank - a.Length)] : 1;
            int db = i - (rank - b.Length) >= 0 ? b[i - (rank - b.Length)] : 1;
            return da == 1 ? db : da;
        }).ToArray();
    }

    private static double At(float[] values, int[] shape, int[] outShape, int index)
    {
        int offset = 0, stride = 1;
        for (int d = outShape.Length - 1; d >= 0; d--)
        {
            int coordinate = index % outShape[d];
            index /= outShape[d];
            int k = d - (outShape.Length - shape.Length);
            if (k >= 0)
            {
                offset += (shape[k] == 1 ? 0 : coordinate) * stride;
                stride *= shape[k];
            }
        }

        return values[offset];
    }
}
