using System;
using System.Globalization;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Shape;

/// <summary>
/// constantPad: pads every dimension i by padAmounts[2i] before and padAmounts[2i+1] after with a constant; with
/// padToGivenOutputSizeMode the non-zero amount is the output size instead. The output is filled with the constant
/// and the input copied into its interior in one strided copy.
/// </summary>
internal sealed class ConstantPadLayer : LayerAdapter
{
    private readonly ulong[] amounts;
    private readonly bool toOutputSize;
    private readonly float value;
    private readonly PlanCache<Interior> interiors;

    public ConstantPadLayer(NeuralNetworkLayer layer)
        : base(layer)
    {
        ConstantPaddingLayerParams pad = layer.ConstantPad;
        if (InputNames.Count == 2)
        {
            throw LoadError("takes its pad amounts from a second input; the managed evaluator supports only the static padAmounts parameter.");
        }

        if (InputNames.Count != 1 || OutputNames.Count != 1)
        {
            throw LoadError("needs 1 input and 1 output.");
        }

        amounts = pad.PadAmounts.ToArray();
        if (amounts.Length == 0 || amounts.Length % 2 != 0 || amounts.Any(a => a > 1 << 24))
        {
            throw LoadError("has " + amounts.Length.ToString(CultureInfo.InvariantCulture) + " pad amounts; it needs a (before, after) pair per dimension, each at most 2^24.");
        }

        toOutputSize = pad.PadToGivenOutputSizeMode;
        if (toOutputSize && Enumerable.Range(0, amounts.Length / 2).Any(i => amounts[2 * i] > 0 && amounts[(2 * i) + 1] > 0))
        {
            throw LoadError("pads to a given output size but sets both the before and the after amount of a dimension.");
        }

        value = pad.Value;
        interiors = new PlanCache<Interior>(shapes => Build(shapes[0]));
    }

    public override int[][] InferOutputShapes(int[][] inputShapes) => new[] { (int[])interiors.ForShapes(inputShapes).OutputShape.Clone() };

    public override void Execute(Blob[] inputs, Blob[] outputs)
    {
        Interior interior = interiors.ForInputs(inputs);
        outputs[0].Span.Fill(value);
        interior.Copy.Run(inputs[0].Span, 0, outputs[0].Span, interior.Offset);
    }

    private Interior Build(int[] input)
    {
        if (amounts.Length != 2 * input.Length)
        {
            throw ShapeError("has " + amounts.Length.ToString(CultureInfo.InvariantCulture) + " pad amounts for the input [" + ShapeMath.Format(input) + "]; it needs two per dimension.");
        }

        var output = new int[input.Length];
        var before = new int[input.Length];
        for (int d = 0; d < input.Length; d++)
        {
            int a = (int)amounts[2 * d], b = (int)amounts[(2 * d) + 1];
            if (toOutputSize)
            {
                // The non-zero amount is the wanted size; the padding goes on its side.
                (a, b) = (a > 0 ? Math.Max(0, a - input[d]) : 0, b > 0 ? Math.Max(0, b - input[d]) : 0);
            }

            before[d] = a;
            output[d] = checked(input[d] + a + b);
        }

        int[] outputStrides = ShapeMath.Strides(output);
        int offset = 0;
        for (int d = 0; d < input.Length; d++)
        {
            offset += before[d] * outputStrides[d];
        }

        return new Interior(output, new StridedCopy(input, ShapeMath.Strides(input), outputStrides), offset);
    }

    private sealed record Interior(int[] OutputShape, StridedCopy Copy, int Offset);
}
