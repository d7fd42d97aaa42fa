using System;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Shape;

/// <summary>
/// A kernel's plan for the input shapes it last saw. InferOutputShapes builds it; Execute reuses it and builds a new
/// one (allocating only then) if it is run on other shapes.
/// </summary>
internal sealed class PlanCache<TPlan>
    where TPlan : class
{
    private readonly Func<int[][], TPlan> build;
    private Entry? last;

    /// <param name="build">Makes the plan for input shapes (throws a shape error when they do not fit); kept as one delegate so lookups do not allocate.</param>
    public PlanCache(Func<int[][], TPlan> build)
    {
        this.build = build;
    }

    /// <summary>Builds and keeps the plan for these shapes.</summary>
    public TPlan ForShapes(int[][] inputShapes)
    {
        var shapes = new int[inputShapes.Length][];
        for (int i = 0; i < shapes.Length; i++)
        {
            shapes[i] = (int[])inputShapes[i].Clone();
        }

        TPlan plan = build(shapes);
        last = new Entry(shapes, plan);
        return plan;
    }

    /// <summary>The plan for these inputs' shapes: the kept one when they match.</summary>
    public TPlan ForInputs(Blob[] inputs)
    {
        Entry? entry = last;
        if (entry is not null && Matches(entry.Shapes, inputs))
        {
            return entry.Plan;
        }

        var shapes = new int[inputs.Length][];
        for (int i = 0; i < inputs.Length; i++)
        {
            shapes[i] = inputs[i].Shape;
        }

        return ForShapes(shapes);
    }

    private static bool Matches(int[][] shapes, Blob[] inputs)
    {
        if (shapes.Length != inputs.Length)
        {
            return false;
        }

        for (int i = 0; i < inputs.Length; i++)
        {
            if (!inputs[i].Shape.AsSpan().SequenceEqual(shapes[i]))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Entry(int[][] Shapes, TPlan Plan);
}
