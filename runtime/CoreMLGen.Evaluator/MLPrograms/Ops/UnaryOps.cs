using System;
using System.Collections.Generic;
using CoreML.Specification.MILSpec;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.MLPrograms.Compilation;
using CoreMLGen.Evaluation.Models.Classic;

namespace CoreMLGen.Evaluation.MLPrograms.Ops;

/// <summary>
/// Element-wise ops of one tensor: math functions and activations (float32, as Core ML's CPU path computes). The
/// activations a neural network layer has too run the same span kernels (<see cref="Activations"/>); the rest apply
/// their formula per element.
/// </summary>
internal static class UnaryOps
{
    private delegate void SpanKernel(ReadOnlySpan<float> x, Span<float> y);

    public static void Register(Dictionary<string, Action<OpContext>> builders)
    {
        Add(builders, "abs", _ => MathF.Abs);
        Add(builders, "exp", _ => MathF.Exp);
        Add(builders, "exp2", _ => x => MathF.Pow(2f, x));
        Add(builders, "sqrt", _ => MathF.Sqrt);
        Add(builders, "square", _ => x => x * x);
        Add(builders, "sign", _ => x => float.IsNaN(x) ? x : MathF.Sign(x));
        Add(builders, "ceil", _ => MathF.Ceiling);
        Add(builders, "floor", _ => MathF.Floor);
        Add(builders, "round", _ => x => MathF.Round(x, MidpointRounding.ToEven));
        Add(builders, "sin", _ => MathF.Sin);
        Add(builders, "cos", _ => MathF.Cos);
        Add(builders, "tan", _ => MathF.Tan);
        Add(builders, "asin", _ => MathF.Asin);
        Add(builders, "acos", _ => MathF.Acos);
        Add(builders, "atan", _ => MathF.Atan);
        Add(builders, "sinh", _ => MathF.Sinh);
        Add(builders, "cosh", _ => MathF.Cosh);
        Add(builders, "atanh", _ => MathF.Atanh);
        AddKernel(builders, "tanh", _ => Activations.Tanh);
        Add(builders, "erf", _ => x => (float)(1.0 - LinkFunctions.Erfc(x)));
        AddKernel(builders, "relu", _ => Activations.Relu);
        Add(builders, "relu6", _ => x => float.IsNaN(x) ? x : Math.Clamp(x, 0f, 6f));
        AddKernel(builders, "sigmoid", _ => Activations.Sigmoid);
        Add(builders, "silu", _ => x => x / (1f + MathF.Exp(-x)));
        AddKernel(builders, "softsign", _ => Activations.Softsign);
        Add(builders, "logical_not", _ => x => x == 0f ? 1f : 0f);
        Add(builders, "log", c => Log(c.Float("epsilon", 1e-45f)));
        Add(builders, "rsqrt", c => Rsqrt(c.Float("epsilon", 1e-12f)));
        Add(builders, "inverse", c => Inverse(c.Float("epsilon", 1e-4f)));
        AddKernel(builders, "leaky_relu", c => { float alpha = c.Float("alpha", 0.01f); return (x, y) => Activations.LeakyRelu(x, y, alpha); });
        Add(builders, "elu", c => Elu(c.Float("alpha", 1f)));
        Add(builders, "softplus", _ => x => x > 20f ? x : MathF.Log(1f + MathF.Exp(x)));
        Add(builders, "clip", c => Clip(c.Float("alpha", float.NegativeInfinity), c.Float("beta", float.PositiveInfinity)));
        Add(builders, "threshold", c => Threshold(c.Float("alpha", 0f)));
        AddKernel(builders, "sigmoid_hard", c => { (float alpha, float beta) = (c.Float("alpha", 0.2f), c.Float("beta", 0.5f)); return (x, y) => Activations.HardSigmoid(x, y, alpha, beta); });
        AddKernel(builders, "scaled_tanh", c => { (float alpha, float beta) = (c.Float("alpha", 1f), c.Float("beta", 1f)); return (x, y) => Activations.ScaledTanh(x, y, alpha, beta); });
        AddKernel(builders, "linear_activation", c => { (float alpha, float beta) = (c.Float("alpha", 1f), c.Float("beta", 0f)); return (x, y) => Activations.Linear(x, y, alpha, beta); });
        AddKernel(builders, "gelu", Gelu);
        builders["cast"] = Cast;
        builders["identity"] = c => c.Alias(c.Input("x"), c.Input("x").Shape);
    }

    private static void Add(Dictionary<string, Action<OpContext>> builders, string type, Func<OpContext, Func<float, float>> function) =>
        AddKernel(builders, type, context => PerElement(function(context)));

    // One step over the whole tensor: a shared activation kernel, or a formula applied per element.
    private static void AddKernel(Dictionary<string, Action<OpContext>> builders, string type, Func<OpContext, SpanKernel> kernel) =>
        builders[type] = context =>
        {
            MilValue x = context.Input("x");
            SpanKernel apply = kernel(context);
            MilValue y = context.Output(x.Shape, x.Type);
            context.Run(() => apply(x.Span, y.Span));
        };

    private static SpanKernel PerElement(Func<float, float> f) => (x, y) =>
    {
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = f(x[i]);
        }
    };

    private static Func<float, float> Log(float epsilon) => x => MathF.Log(x + epsilon);

    private static Func<float, float> Rsqrt(float epsilon) => x => 1f / MathF.Sqrt(x + epsilon);

    private static Func<float, float> Inverse(float epsilon) => x => 1f / (x + epsilon);

    private static Func<float, float> Elu(float alpha) => x => x > 0f ? x : alpha * (MathF.Exp(x) - 1f);

    private static Func<float, float> Clip(float alpha, float beta) => x => float.IsNaN(x) ? x : MathF.Min(MathF.Max(x, alpha), beta);

    private static Func<float, float> Threshold(float alpha) => x => MathF.Max(x, alpha);

    // EXACT: x·Φ(x) (the vectorised kernel); TANH_APPROXIMATION: 0.5x(1 + tanh(√(2/π)(x + 0.044715x³)));
    // SIGMOID_APPROXIMATION: x·σ(1.702x).
    private static SpanKernel Gelu(OpContext context)
    {
        string mode = context.Text("mode", "EXACT");
        return mode switch
        {
            "EXACT" => Activations.GeluExact,
            "TANH_APPROXIMATION" => PerElement(x => 0.5f * x * (1f + MathF.Tanh(0.7978845608f * (x + 0.044715f * x * x * x)))),
            "SIGMOID_APPROXIMATION" => PerElement(x => x / (1f + MathF.Exp(-1.702f * x))),
            _ => throw context.Fail("its mode '" + mode + "' is not EXACT, TANH_APPROXIMATION or SIGMOID_APPROXIMATION."),
        };
    }

    // Casts are honoured: to fp16 rounds to half precision, to integers truncates toward zero, to bool tests non-zero.
    private static void Cast(OpContext context)
    {
        MilValue x = context.Input("x");
        string dtype = context.Text("dtype", "fp32");
        (DataType type, Func<float, float> convert) = dtype switch
        {
            "fp32" => (DataType.Float32, (Func<float, float>)(v => v)),
            "fp16" => (DataType.Float16, v => (float)(Half)v),
            "int32" => (DataType.Int32, v => float.IsNaN(v) ? 0f : MathF.Truncate(Math.Clamp(v, int.MinValue, int.MaxValue))),
            "int16" => (DataType.Int16, v => float.IsNaN(v) ? 0f : MathF.Truncate(Math.Clamp(v, short.MinValue, short.MaxValue))),
            "int8" => (DataType.Int8, v => float.IsNaN(v) ? 0f : MathF.Truncate(Math.Clamp(v, sbyte.MinValue, sbyte.MaxValue))),
            "uint8" => (DataType.Uint8, v => float.IsNaN(v) ? 0f : MathF.Truncate(Math.Clamp(v, 0f, 255f))),
            "bool" => (DataType.Bool, v => v != 0f ? 1f : 0f),
            _ => throw context.Fail("its dtype '" + dtype + "' is not one the evaluator casts to (fp32, fp16, int32, int16, int8, uint8, bool)."),
        };
        MilValue y = context.Output(x.Shape, type);
        float[] source = x.Data, target = y.Data;
        int count = x.Count;
        context.Run(() =>
        {
            for (int i = 0; i < count; i++)
            {
                target[i] = convert(source[i]);
            }
        });
    }
}
