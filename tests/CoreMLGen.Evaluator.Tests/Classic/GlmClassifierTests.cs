using System;
using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Models;
using CoreMLGen.Testing.Builders;
using Shouldly;
using Xunit;
using Encoding = CoreML.Specification.GLMClassifier.Types.ClassEncoding;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;
using Transform = CoreML.Specification.GLMClassifier.Types.PostEvaluationTransform;

namespace CoreMLGen.Evaluator.Tests.Classic;

public sealed class GlmClassifierTests
{
    [Theory]
    [InlineData(41, Transform.Logit, Encoding.ReferenceClass)]
    [InlineData(42, Transform.Logit, Encoding.OneVsRest)]
    [InlineData(43, Transform.Probit, Encoding.ReferenceClass)]
    [InlineData(44, Transform.Probit, Encoding.OneVsRest)]
    public void Binary_classifiers_give_the_second_label_the_linked_score(int seed, Transform transform, Encoding encoding)
    {
        var random = new Random(seed);
        int length = random.Next(1, 12);
        double[][] weights = { ClassicHarness.RandomVector(random, length) };
        double[] offsets = { random.NextDouble() - 0.5 };
        Model spec = Classifier(SpecBuilder.GlmClassifier("cat", "dog"), weights, offsets, transform, encoding)
            .Input("x", FeatureTypes.MultiArray(DataType.Double, length))
            .Output("label", FeatureTypes.String())
            .Output("probs", FeatureTypes.DictionaryWithStringKeys())
            .Predicts("label", "probs")
            .Build();

        for (int trial = 0; trial < 5; trial++)
        {
            double[] x = ClassicHarness.RandomVector(random, length, 3);
            FeatureSet result = ClassicHarness.Run(spec, ("x", ClassicHarness.Array(x, DataType.Double).Value));

            double score = ClassicReference.LinearScores(weights, offsets, x)[0];
            double dog = transform == Transform.Probit ? ClassicReference.NormalCdf(score) : ClassicReference.Logistic(score);
            IReadOnlyDictionary<string, double> probabilities = result["probs"].StringDictionaryValue;
            ClassicReference.AssertClose(dog, probabilities["dog"], "p(dog)");
            ClassicReference.AssertClose(1 - dog, probabilities["cat"], "p(cat)");
            result["label"].StringValue.ShouldBe(dog > 0.5 ? "dog" : "cat");
        }
    }

    [Theory]
    [InlineData(51, 3)]
    [InlineData(52, 4)]
    [InlineData(53, 7)]
    public void Reference_class_encoding_is_a_softmax_against_the_first_class(int seed, int classes)
    {
        var random = new Random(seed);
        int length = random.Next(1, 8);
        double[][] weights = Enumerable.Range(0, classes - 1).Select(_ => ClassicHarness.RandomVector(random, length)).ToArray();
        double[] offsets = ClassicHarness.RandomVector(random, classes - 1);
        long[] labels = Enumerable.Range(0, classes).Select(i => 10L * i + 3).ToArray();
        Model spec = Classifier(SpecBuilder.GlmClassifier(labels), weights, offsets, Transform.Logit, Encoding.ReferenceClass)
            .Input("x", FeatureTypes.MultiArray(DataType.Float32, length))
            .Output("label", FeatureTypes.Int64())
            .Output("probs", FeatureTypes.DictionaryWithInt64Keys())
            .Predicts("label", "probs")
            .Build();

        for (int trial = 0; trial < 5; trial++)
        {
            (FeatureValue input, double[] x) = ClassicHarness.Array(ClassicHarness.RandomVector(random, length, 4), DataType.Float32);
            FeatureSet result = ClassicHarness.Run(spec, ("x", input));

            double[] expected = ClassicReference.Softmax(new[] { 0.0 }.Concat(ClassicReference.LinearScores(weights, offsets, x)).ToArray());
            IReadOnlyDictionary<long, double> probabilities = result["probs"].Int64DictionaryValue;
            ClassicReference.AssertClose(expected, labels.Select(l => probabilities[l]).ToArray(), "probabilities");
            result["label"].Int64Value.ShouldBe(labels[Array.IndexOf(expected, expected.Max())]);
        }
    }

    [Theory]
    [InlineData(61, 3)]
    [InlineData(62, 5)]
    public void One_vs_rest_encoding_normalises_the_logistic_scores(int seed, int classes)
    {
        var random = new Random(seed);
        int length = random.Next(2, 8);
        double[][] weights = Enumerable.Range(0, classes).Select(_ => ClassicHarness.RandomVector(random, length)).ToArray();
        double[] offsets = ClassicHarness.RandomVector(random, classes);
        string[] labels = Enumerable.Range(0, classes).Select(i => "class" + i).ToArray();
        Model spec = Classifier(SpecBuilder.GlmClassifier(labels), weights, offsets, Transform.Logit, Encoding.OneVsRest)
            .Input("a", FeatureTypes.Double())
            .Input("rest", FeatureTypes.MultiArray(DataType.Double, length - 1).ShapeRange((0, 10)))
            .Output("label", FeatureTypes.String())
            .Output("probs", FeatureTypes.MultiArray(DataType.Double, classes))
            .Predicts("label", "probs")
            .Build();

        double[] x = ClassicHarness.RandomVector(random, length, 2);
        FeatureSet result = ClassicHarness.Run(spec, ("a", FeatureValue.FromDouble(x[0])), ("rest", ClassicHarness.Array(x.Skip(1).ToArray(), DataType.Double).Value));

        double[] logistic = ClassicReference.LinearScores(weights, offsets, x).Select(ClassicReference.Logistic).ToArray();
        double[] expected = logistic.Select(p => p / logistic.Sum()).ToArray();
        ClassicReference.AssertClose(expected, ClassicHarness.Doubles(result["probs"]), "probabilities");
        result["label"].StringValue.ShouldBe(labels[Array.IndexOf(expected, expected.Max())]);
    }

    internal static SpecBuilder Classifier(SpecBuilder builder, double[][] weights, double[] offsets, Transform transform, Encoding encoding) =>
        builder.With(model =>
        {
            foreach (double[] row in weights)
            {
                var array = new GLMClassifier.Types.DoubleArray();
                array.Value.AddRange(row);
                model.GlmClassifier.Weights.Add(array);
            }

            model.GlmClassifier.Offset.AddRange(offsets);
            model.GlmClassifier.PostEvaluationTransform = transform;
            model.GlmClassifier.ClassEncoding = encoding;
        });
}
