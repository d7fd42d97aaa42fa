using System;
using System.Collections.Generic;
using CoreMLGen.Evaluation.MLPrograms.Compilation;

namespace CoreMLGen.Evaluation.MLPrograms.Ops;

/// <summary>Every MIL op the interpreter runs, by type, with the builder that compiles it.</summary>
internal static class OpRegistry
{
    public const string ConstOp = "const";

    private static readonly Dictionary<string, Action<OpContext>> s_builders = Create();

    public static IEnumerable<string> Known => s_builders.Keys;

    public static bool IsKnown(string type) => type == ConstOp || s_builders.ContainsKey(type);

    public static void Build(OpContext context) => s_builders[context.Type](context);

    private static Dictionary<string, Action<OpContext>> Create()
    {
        var builders = new Dictionary<string, Action<OpContext>>(StringComparer.Ordinal);
        UnaryOps.Register(builders);
        BinaryOps.Register(builders);
        LinearOps.Register(builders);
        ConvolutionOps.Register(builders);
        PoolingOps.Register(builders);
        NormalizationOps.Register(builders);
        ReductionOps.Register(builders);
        ShapeOps.Register(builders);
        DataMovementOps.Register(builders);
        RecurrentOps.Register(builders);
        TransposedConvolutionOps.Register(builders);
        PaddingOps.Register(builders);
        ResamplingOps.Register(builders);
        GruOps.Register(builders);
        AttentionOps.Register(builders);
        SortingOps.Register(builders);
        BandPartOps.Register(builders);
        StateOps.Register(builders);
        return builders;
    }
}
