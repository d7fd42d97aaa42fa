using System;
using System.Globalization;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Features;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.NeuralNetworks;

/// <summary>
/// Turns an output blob into the feature the spec declares: a multi-array of the declared element type (a rank-5
/// blob loses its [Seq, Batch] and trailing unit dimensions when they are 1, as the declared rank says), or a number.
/// </summary>
internal static class OutputBinder
{
    /// <summary>Whether a layer's blob can become this declared output (checked at load time).</summary>
    public static bool CanBind(FeatureDescription declared) => (declared.Type?.TypeCase ?? FeatureType.TypeOneofCase.None) is
        FeatureType.TypeOneofCase.DoubleType or FeatureType.TypeOneofCase.Int64Type or FeatureType.TypeOneofCase.MultiArrayType or FeatureType.TypeOneofCase.None;

    public static FeatureValue Bind(FeatureDescription declared, Blob blob, bool isNd)
    {
        FeatureType type = declared.Type ?? new FeatureType();
        switch (type.TypeCase)
        {
            case FeatureType.TypeOneofCase.DoubleType:
                return FeatureValue.FromDouble(Single(declared.Name, blob));
            case FeatureType.TypeOneofCase.Int64Type:
                return FeatureValue.FromInt64(long.CreateSaturating(Single(declared.Name, blob)));
            case FeatureType.TypeOneofCase.MultiArrayType:
            case FeatureType.TypeOneofCase.None:
                ArrayFeatureType? array = type.TypeCase == FeatureType.TypeOneofCase.MultiArrayType ? type.MultiArrayType : null;
                MultiArrayDataType dataType = (array is null ? null : ArrayTypes.ToDataType(array.DataType)) ?? MultiArrayDataType.Float32;
                int[] shape = isNd || array is null ? blob.Shape : FromRank5(blob.Shape, FeatureChecker.DeclaredRank(array));
                return FeatureValue.FromMultiArray(ArrayConversion.Create<float>(dataType, shape, blob.Span));
            default:
                throw new CoreMLException("Output '" + declared.Name + "' is declared as " + type.TypeCase + ", which a neural network layer cannot produce.");
        }
    }

    private static float Single(string name, Blob blob) =>
        blob.Count == 1 ? blob.Data[0] : throw new CoreMLException("Output '" + name + "' is declared as a number, but its blob holds " + blob.Count.ToString(CultureInfo.InvariantCulture) + " values.");

    // [S, B, C, H, W] back to the declared rank: [C] or [C, H, W] for one step, [S, B, C] or the full rank 5 for a sequence.
    private static int[] FromRank5(int[] shape, int declaredRank)
    {
        if (shape.Length != 5)
        {
            return shape;
        }

        bool single = shape[0] == 1 && shape[1] == 1;
        bool vector = shape[3] == 1 && shape[4] == 1 && declaredRank != 3;
        if (single)
        {
            return vector ? new[] { shape[2] } : shape.Skip(2).ToArray();
        }

        return vector ? shape.Take(3).ToArray() : shape;
    }
}
