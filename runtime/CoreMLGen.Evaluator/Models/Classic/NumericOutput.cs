using System;
using System.Globalization;
using System.Linq;
using CoreML.Specification;

namespace CoreMLGen.Evaluation.Models.Classic;

/// <summary>
/// A numeric output (a regressor's prediction, a vectorizer's array) typed as the description declares it: a double
/// when it holds one value, otherwise a multi-array of the declared element type and shape.
/// </summary>
internal sealed class NumericOutput
{
    private readonly string _name;
    private readonly bool _isDouble;
    private readonly ArrayFeatureType.Types.ArrayDataType _dataType;
    private readonly int[] _shape;

    private NumericOutput(string name, bool isDouble, ArrayFeatureType.Types.ArrayDataType dataType, int[] shape)
    {
        _name = name;
        _isDouble = isDouble;
        _dataType = dataType;
        _shape = shape;
    }

    /// <summary>A regressor's output: the description's predictedFeatureName (or its only output), holding <paramref name="count"/> values.</summary>
    public static NumericOutput ForRegressor(ModelDescription description, int count, string where)
    {
        string name = description.PredictedFeatureName;
        if (name.Length == 0)
        {
            name = description.Output.Count == 1
                ? description.Output[0].Name
                : throw new ModelLoadException(where + ": the regressor's description has no predictedFeatureName.");
        }

        FeatureDescription declared = description.Output.FirstOrDefault(o => o.Name == name)
            ?? throw new ModelLoadException(where + ": the predicted feature '" + name + "' is not among the declared outputs.");
        return ForFeature(declared, count, where);
    }

    /// <summary>An output declared as a double (one value) or a multi-array of <paramref name="count"/> values.</summary>
    public static NumericOutput ForFeature(FeatureDescription declared, int count, string where)
    {
        string countText = count.ToString(CultureInfo.InvariantCulture);
        switch (declared.Type?.TypeCase)
        {
            case FeatureType.TypeOneofCase.DoubleType:
                if (count != 1)
                {
                    throw new ModelLoadException(
                        where + ": output '" + declared.Name + "' is declared as a double, but the model computes " + countText + " values.");
                }

                return new NumericOutput(declared.Name, true, ArrayFeatureType.Types.ArrayDataType.Double, Array.Empty<int>());
            case FeatureType.TypeOneofCase.MultiArrayType:
                ArrayFeatureType array = declared.Type.MultiArrayType;
                if (array.DataType != ArrayFeatureType.Types.ArrayDataType.InvalidArrayDataType && Features.ArrayTypes.ToDataType(array.DataType) is null)
                {
                    throw new ModelLoadException(where + ": output '" + declared.Name + "' declares the unknown element type " + array.DataType + ".");
                }

                int? declaredCount = NumericInputs.LengthOf(declared.Type);
                if (declaredCount is not null && declaredCount != count)
                {
                    throw new ModelLoadException(
                        where + ": output '" + declared.Name + "' is declared with " + declaredCount.Value.ToString(CultureInfo.InvariantCulture)
                        + " values, but the model computes " + countText + ".");
                }

                int[] shape = declaredCount is null ? new[] { count } : array.Shape.Select(d => (int)d).ToArray();
                return new NumericOutput(declared.Name, false, array.DataType, shape);
            default:
                throw new ModelLoadException(
                    where + ": output '" + declared.Name + "' is declared as " + (declared.Type?.TypeCase.ToString() ?? "nothing")
                    + "; a numeric output must be a double or a multi-array.");
        }
    }

    /// <summary>Adds the output (values.Length equals the count given at load).</summary>
    public void Write(FeatureSet features, ReadOnlySpan<double> values)
    {
        features[_name] = _isDouble
            ? FeatureValue.FromDouble(values[0])
            : FeatureValue.FromMultiArray(Features.ArrayConversion.Create(Features.ArrayTypes.ToDataType(_dataType) ?? MultiArrayDataType.Double, _shape, values));
    }
}
