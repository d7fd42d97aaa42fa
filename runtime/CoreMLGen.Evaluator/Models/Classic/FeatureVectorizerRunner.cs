using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CoreML.Specification;

namespace CoreMLGen.Evaluation.Models.Classic;

/// <summary>
/// A feature vectorizer: the columns of inputList, in that order, concatenated into one array. A number fills one
/// slot, a multi-array its inputDimensions values, and an int64-keyed dictionary a dense block where key k lands in
/// slot k (absent keys are 0).
/// </summary>
internal sealed class FeatureVectorizerRunner : ModelRunner
{
    private readonly Column[] _columns;
    private readonly NumericOutput _output;
    private readonly string _where;
    private readonly int _length;

    public FeatureVectorizerRunner(FeatureVectorizer model, ModelDescription description, string where)
    {
        if (model.InputList.Count == 0)
        {
            throw new ModelLoadException(where + ": the feature vectorizer has an empty inputList.");
        }

        var columns = new List<Column>();
        long length = 0;
        foreach (FeatureVectorizer.Types.InputColumn input in model.InputList)
        {
            columns.Add(Column.Create(input, description, where));
            length += (long)input.InputDimensions;
        }

        if (length > int.MaxValue)
        {
            throw new ModelLoadException(where + ": the feature vectorizer's output would hold more than " + Text(int.MaxValue) + " values.");
        }

        if (description.Output.Count != 1)
        {
            throw new ModelLoadException(where + ": a feature vectorizer declares exactly one output, not " + Text(description.Output.Count) + ".");
        }

        _columns = columns.ToArray();
        _length = (int)length;
        _output = NumericOutput.ForFeature(description.Output[0], _length, where);
        _where = where;
    }

    public override void Run(FeatureSet features)
    {
        var values = new double[_length];
        int offset = 0;
        foreach (Column column in _columns)
        {
            column.Read(features, values.AsSpan(offset, column.Dimensions), _where);
            offset += column.Dimensions;
        }

        _output.Write(features, values);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>One input column: its name, declared kind and slot count.</summary>
    private sealed class Column
    {
        private Column(string name, FeatureType.TypeOneofCase kind, int dimensions)
        {
            Name = name;
            Kind = kind;
            Dimensions = dimensions;
        }

        public string Name { get; }

        public FeatureType.TypeOneofCase Kind { get; }

        public int Dimensions { get; }

        public static Column Create(FeatureVectorizer.Types.InputColumn input, ModelDescription description, string where)
        {
            string name = input.InputColumn_;
            FeatureDescription declared = description.Input.FirstOrDefault(f => f.Name == name)
                ?? throw new ModelLoadException(where + ": inputList names '" + name + "', which is not a declared input.");
            if (input.InputDimensions == 0 || input.InputDimensions > int.MaxValue)
            {
                throw new ModelLoadException(where + ": column '" + name + "' has inputDimensions " + input.InputDimensions.ToString(CultureInfo.InvariantCulture) + "; it must be at least 1.");
            }

            int dimensions = (int)input.InputDimensions;
            FeatureType.TypeOneofCase kind = declared.Type?.TypeCase ?? FeatureType.TypeOneofCase.None;
            switch (kind)
            {
                case FeatureType.TypeOneofCase.DoubleType:
                case FeatureType.TypeOneofCase.Int64Type:
                    if (dimensions != 1)
                    {
                        throw new ModelLoadException(where + ": column '" + name + "' is a number, so its inputDimensions must be 1, not " + Text(dimensions) + ".");
                    }

                    break;
                case FeatureType.TypeOneofCase.MultiArrayType:
                    int? declaredLength = NumericInputs.LengthOf(declared.Type);
                    if (declaredLength is not null && declaredLength != dimensions)
                    {
                        throw new ModelLoadException(
                            where + ": column '" + name + "' is declared with " + Text(declaredLength.Value) + " values, but inputDimensions is " + Text(dimensions) + ".");
                    }

                    break;
                case FeatureType.TypeOneofCase.DictionaryType when declared.Type!.DictionaryType.KeyTypeCase == DictionaryFeatureType.KeyTypeOneofCase.Int64KeyType:
                    break;
                default:
                    throw new ModelLoadException(
                        where + ": column '" + name + "' is declared as " + kind + "; a feature vectorizer takes numbers, multi-arrays and int64-keyed dictionaries.");
            }

            return new Column(name, kind, dimensions);
        }

        public void Read(FeatureSet features, Span<double> slots, string where)
        {
            FeatureValue value = features.Require(Name);
            switch (Kind)
            {
                case FeatureType.TypeOneofCase.MultiArrayType:
                    MultiArray array = value.Kind == FeatureKind.MultiArray
                        ? value.MultiArrayValue
                        : throw new FeatureTypeMismatchException(Name, "MultiArray", value.Kind.ToString());
                    if (array.Count != Dimensions)
                    {
                        throw new CoreMLException(
                            where + ": input '" + Name + "' holds " + array.Count.ToString(CultureInfo.InvariantCulture) + " values, but the feature vectorizer takes " + Text(Dimensions) + ".");
                    }

                    Features.ArrayConversion.CopyTo(array, slots);
                    break;
                case FeatureType.TypeOneofCase.DictionaryType:
                    ReadDictionary(value, slots, where);
                    break;
                default:
                    slots[0] = value.Kind switch
                    {
                        FeatureKind.Double => value.DoubleValue,
                        FeatureKind.Int64 => value.Int64Value,
                        _ => throw new FeatureTypeMismatchException(Name, Kind == FeatureType.TypeOneofCase.Int64Type ? "Int64" : "Double", value.Kind.ToString()),
                    };
                    break;
            }
        }

        private void ReadDictionary(FeatureValue value, Span<double> slots, string where)
        {
            IReadOnlyDictionary<long, double> entries;
            try
            {
                entries = value.Int64DictionaryValue;
            }
            catch (FeatureTypeMismatchException mismatch)
            {
                // The runtime's message has no feature name; name the input.
                throw new FeatureTypeMismatchException(Name, mismatch.Expected, mismatch.Actual);
            }

            slots.Clear();
            foreach (KeyValuePair<long, double> entry in entries)
            {
                if (entry.Key < 0 || entry.Key >= Dimensions)
                {
                    throw new CoreMLException(
                        where + ": input '" + Name + "' has key " + entry.Key.ToString(CultureInfo.InvariantCulture) + ", outside the column's "
                        + Text(Dimensions) + " slots (keys must be 0 to " + Text(Dimensions - 1) + ").");
                }

                slots[(int)entry.Key] = entry.Value;
            }
        }
    }
}
