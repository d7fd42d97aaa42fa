using System;
using System.Globalization;
using System.Linq;
using CoreML.Specification;

namespace CoreMLGen.Evaluation.Models.Classic;

/// <summary>
/// The inputs of a GLM or tree model: every declared input (double, int64 or multi-array) concatenated, in the
/// description's order, into one vector of doubles, as Core ML vectorizes them.
/// </summary>
internal sealed class NumericInputs
{
    private readonly FeatureDescription[] _features;
    private readonly FeatureValue[] _values;
    private readonly string _where;
    private double[] _buffer = Array.Empty<double>();

    private NumericInputs(FeatureDescription[] features, string where)
    {
        _features = features;
        _values = new FeatureValue[features.Length];
        _where = where;
        DeclaredLength = SumOfDeclaredLengths(features);
    }

    /// <summary>The vector's length from the declared types, or null when a shape is flexible or not given.</summary>
    public int? DeclaredLength { get; }

    /// <summary>The inputs' names for messages, e.g. <c>'x'</c> or <c>'a', 'b'</c>.</summary>
    public string Names => string.Join(", ", _features.Select(f => "'" + f.Name + "'"));

    /// <summary>Reads the inputs' declarations; a load error for an input type the model cannot vectorize.</summary>
    public static NumericInputs FromDescription(ModelDescription description, string where)
    {
        if (description.Input.Count == 0)
        {
            throw new ModelLoadException(where + ": the model declares no inputs.");
        }

        foreach (FeatureDescription input in description.Input)
        {
            FeatureType.TypeOneofCase kind = input.Type?.TypeCase ?? FeatureType.TypeOneofCase.None;
            if (kind is not (FeatureType.TypeOneofCase.DoubleType or FeatureType.TypeOneofCase.Int64Type or FeatureType.TypeOneofCase.MultiArrayType))
            {
                throw new ModelLoadException(
                    where + ": input '" + input.Name + "' is declared as " + kind + "; this model takes only double, int64 or multi-array inputs.");
            }
        }

        return new NumericInputs(description.Input.ToArray(), where);
    }

    /// <summary>The number of values a declared feature holds: 1 for a number, the shape's product for a fixed-shape array, else null.</summary>
    public static int? LengthOf(FeatureType? type)
    {
        switch (type?.TypeCase)
        {
            case FeatureType.TypeOneofCase.DoubleType:
            case FeatureType.TypeOneofCase.Int64Type:
                return 1;
            case FeatureType.TypeOneofCase.MultiArrayType:
                ArrayFeatureType array = type.MultiArrayType;
                if (array.Shape.Count == 0 || array.ShapeFlexibilityCase != ArrayFeatureType.ShapeFlexibilityOneofCase.None)
                {
                    return null;
                }

                long count = 1;
                foreach (long dimension in array.Shape)
                {
                    count *= dimension;
                    if (dimension <= 0 || count > int.MaxValue)
                    {
                        return null;
                    }
                }

                return (int)count;
            default:
                return null;
        }
    }

    /// <summary>Reads and concatenates the inputs. The span is valid until the next call.</summary>
    public ReadOnlySpan<double> Read(FeatureSet features)
    {
        int total = 0;
        for (int i = 0; i < _features.Length; i++)
        {
            FeatureValue value = features.Require(_features[i].Name);
            _values[i] = value;
            total += checked((int)ValueCount(_features[i], value));
        }

        if (_buffer.Length != total)
        {
            _buffer = new double[total];
        }

        int offset = 0;
        for (int i = 0; i < _features.Length; i++)
        {
            FeatureValue value = _values[i];
            switch (value.Kind)
            {
                case FeatureKind.Double:
                    _buffer[offset++] = value.DoubleValue;
                    break;
                case FeatureKind.Int64:
                    _buffer[offset++] = value.Int64Value;
                    break;
                default:
                    MultiArray array = value.MultiArrayValue;
                    Features.ArrayConversion.CopyTo(array, _buffer.AsSpan(offset, (int)array.Count));
                    offset += (int)array.Count;
                    break;
            }
        }

        Array.Clear(_values);
        return _buffer;
    }

    /// <summary>The prediction error when the inputs hold the wrong number of values.</summary>
    public CoreMLException WrongLength(int actual, string needed)
    {
        string subject = _features.Length == 1
            ? "input '" + _features[0].Name + "' holds "
            : "inputs " + Names + " hold together ";
        return new CoreMLException(_where + ": " + subject + actual.ToString(CultureInfo.InvariantCulture) + " values, but the model needs " + needed + ".");
    }

    private static long ValueCount(FeatureDescription declared, FeatureValue value)
    {
        bool declaredArray = declared.Type.TypeCase == FeatureType.TypeOneofCase.MultiArrayType;
        if (declaredArray)
        {
            return value.Kind == FeatureKind.MultiArray
                ? value.MultiArrayValue.Count
                : throw new FeatureTypeMismatchException(declared.Name, "MultiArray", value.Kind.ToString());
        }

        // Core ML turns either number kind into the double the model computes with.
        return value.Kind is FeatureKind.Double or FeatureKind.Int64
            ? 1
            : throw new FeatureTypeMismatchException(declared.Name, declared.Type.TypeCase == FeatureType.TypeOneofCase.Int64Type ? "Int64" : "Double", value.Kind.ToString());
    }

    private static int? SumOfDeclaredLengths(FeatureDescription[] features)
    {
        long total = 0;
        foreach (FeatureDescription feature in features)
        {
            int? length = LengthOf(feature.Type);
            if (length is null)
            {
                return null;
            }

            total += length.Value;
        }

        return total > int.MaxValue ? null : (int)total;
    }
}
