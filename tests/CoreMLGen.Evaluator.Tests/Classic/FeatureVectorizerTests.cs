using System;
using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Models;
using CoreMLGen.Testing.Builders;
using Shouldly;
using Xunit;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;

namespace CoreMLGen.Evaluator.Tests.Classic;

public sealed class FeatureVectorizerTests
{
    [Theory]
    [InlineData(71)]
    [InlineData(72)]
    [InlineData(73)]
    public void Columns_are_concatenated_in_input_list_order(int seed)
    {
        var random = new Random(seed);
        int arrayLength = random.Next(1, 6);
        int dictionaryLength = random.Next(2, 6);
        Model spec = Vectorizer(("d", (ulong)dictionaryLength), ("n", 1), ("a", (ulong)arrayLength), ("i", 1))
            .Input("a", FeatureTypes.MultiArray(DataType.Float32, arrayLength))
            .Input("d", FeatureTypes.DictionaryWithInt64Keys())
            .Input("i", FeatureTypes.Int64())
            .Input("n", FeatureTypes.Double())
            .Output("features", FeatureTypes.MultiArray(DataType.Double, 1 + dictionaryLength + arrayLength + 1))
            .Build();

        (FeatureValue a, double[] aSeen) = ClassicHarness.Array(ClassicHarness.RandomVector(random, arrayLength), DataType.Float32);
        var dictionary = new Dictionary<long, double> { [dictionaryLength - 1] = random.NextDouble(), [0] = -2.5 };
        double n = random.NextDouble();
        long i = random.Next(-100, 100);
        FeatureSet result = ClassicHarness.Run(
            spec, ("a", a), ("d", FeatureValue.FromDictionary(dictionary)), ("i", FeatureValue.FromInt64(i)), ("n", FeatureValue.FromDouble(n)));

        double[] dense = new double[dictionaryLength];
        foreach (KeyValuePair<long, double> entry in dictionary)
        {
            dense[entry.Key] = entry.Value;
        }

        double[] expected = dense.Append(n).Concat(aSeen).Append(i).ToArray();
        result["features"].MultiArrayValue.DataType.ShouldBe(MultiArrayDataType.Double);
        result["features"].MultiArrayValue.Shape.ShouldBe(new[] { expected.Length });
        ClassicHarness.Doubles(result["features"]).ShouldBe(expected);
    }

    [Fact]
    public void The_output_takes_the_declared_element_type()
    {
        Model spec = Vectorizer(("a", 1), ("b", 1))
            .Input("a", FeatureTypes.Double())
            .Input("b", FeatureTypes.Double())
            .Output("out", FeatureTypes.MultiArray(DataType.Float32, 2))
            .Build();

        FeatureSet result = ClassicHarness.Run(spec, ("a", FeatureValue.FromDouble(0.5)), ("b", FeatureValue.FromDouble(-1.25)));

        result["out"].GetMultiArray<float>().ToArray().ShouldBe(new[] { 0.5f, -1.25f });
    }

    [Fact]
    public void Bad_inputs_at_prediction_name_the_column()
    {
        Model spec = Vectorizer(("a", 3), ("d", 2))
            .Input("a", FeatureTypes.MultiArray(DataType.Double, 3).ShapeRange((1, 5)))
            .Input("d", FeatureTypes.DictionaryWithInt64Keys())
            .Output("out", FeatureTypes.MultiArray(DataType.Double, 5))
            .Build();
        FeatureValue goodArray = ClassicHarness.Array(new[] { 1.0, 2, 3 }, DataType.Double).Value;
        FeatureValue goodDictionary = FeatureValue.FromDictionary(new Dictionary<long, double> { [1] = 1 });

        Should.Throw<CoreMLException>(() => ClassicHarness.Run(spec, ("a", ClassicHarness.Array(new[] { 1.0 }, DataType.Double).Value), ("d", goodDictionary)))
            .Message.ShouldContain("'a'");
        Should.Throw<CoreMLException>(() => ClassicHarness.Run(spec, ("a", goodArray), ("d", FeatureValue.FromDictionary(new Dictionary<long, double> { [2] = 1 }))))
            .Message.ShouldContain("key 2");
        Should.Throw<FeatureTypeMismatchException>(() => ClassicHarness.Run(spec, ("a", goodArray), ("d", FeatureValue.FromDictionary(new Dictionary<string, double> { ["x"] = 1 }))))
            .FeatureName.ShouldBe("d");
        Should.Throw<FeatureMissingException>(() => ClassicHarness.Run(spec, ("a", goodArray)))
            .FeatureName.ShouldBe("d");
    }

    internal static SpecBuilder Vectorizer(params (string Column, ulong Dimensions)[] columns) =>
        SpecBuilder.WithoutType().With(model =>
        {
            model.FeatureVectorizer = new FeatureVectorizer();
            foreach ((string column, ulong dimensions) in columns)
            {
                model.FeatureVectorizer.InputList.Add(new FeatureVectorizer.Types.InputColumn { InputColumn_ = column, InputDimensions = dimensions });
            }
        });
}
