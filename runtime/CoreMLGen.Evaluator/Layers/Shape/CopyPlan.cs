using System;
using System.Collections.Generic;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Shape;

/// <summary>
/// What a data-movement layer does for one set of input shapes: its output shapes and the strided copies that fill
/// them, in order. Built once per input shape; running it allocates nothing.
/// </summary>
internal sealed class CopyPlan
{
    /// <summary>The <see cref="CopyStep.Source"/> or <see cref="CopyStep.Target"/> that names the plan's scratch buffer.</summary>
    public const int Scratch = -1;

    private readonly CopyStep[] steps;
    private readonly float[] scratch;

    public CopyPlan(int[][] outputShapes, IReadOnlyList<CopyStep> steps, int scratchSize = 0)
    {
        OutputShapes = CloneShapes(outputShapes);
        this.steps = new CopyStep[steps.Count];
        for (int i = 0; i < this.steps.Length; i++)
        {
            this.steps[i] = steps[i];
        }

        scratch = new float[scratchSize];
    }

    public int[][] OutputShapes { get; }

    /// <summary>A plan that copies input 0 unchanged (same values, same order) into output 0 of the given shape.</summary>
    public static CopyPlan Reinterpret(int[] outputShape) => Single(outputShape, StridedCopy.Contiguous(ShapeMath.Product(outputShape)));

    /// <summary>A plan of one copy from input 0 (starting at <paramref name="sourceOffset"/>) to the start of output 0.</summary>
    public static CopyPlan Single(int[] outputShape, StridedCopy copy, int sourceOffset = 0) =>
        new(new[] { outputShape }, new[] { new CopyStep(0, sourceOffset, 0, 0, copy) });

    public static int[][] CloneShapes(int[][] shapes)
    {
        var clone = new int[shapes.Length][];
        for (int i = 0; i < shapes.Length; i++)
        {
            clone[i] = (int[])shapes[i].Clone();
        }

        return clone;
    }

    public void Run(Blob[] inputs, Blob[] outputs)
    {
        foreach (CopyStep step in steps)
        {
            ReadOnlySpan<float> source = step.Source == Scratch ? scratch : inputs[step.Source].Span;
            Span<float> target = step.Target == Scratch ? scratch : outputs[step.Target].Span;
            step.Copy.Run(source, step.SourceOffset, target, step.TargetOffset);
        }
    }
}

/// <summary>One strided copy of a plan: from an input (or the scratch buffer) to an output (or the scratch buffer).</summary>
internal readonly record struct CopyStep(int Source, int SourceOffset, int Target, int TargetOffset, StridedCopy Copy);
