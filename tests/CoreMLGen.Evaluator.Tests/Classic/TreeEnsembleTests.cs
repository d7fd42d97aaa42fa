using System;
using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Models;
using CoreMLGen.Testing.Builders;
using Shouldly;
using Xunit;
using Behavior = CoreML.Specification.TreeEnsembleParameters.Types.TreeNode.Types.TreeNodeBehavior;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;
using Transform = CoreML.Specification.TreeEnsemblePostEvaluationTransform;

namespace CoreMLGen.Evaluator.Tests.Classic;

public sealed class TreeEnsembleTests
{
    [Theory]
    [InlineData(Behavior.BranchOnValueLessThanEqual, new[] { 1.0, 2, 3, double.NaN }, new[] { 10.0, 10, 20, 10 })]
    [InlineData(Behavior.BranchOnValueLessThan, new[] { 1.0, 2, 3, double.NaN }, new[] { 10.0, 20, 20, 10 })]
    [InlineData(Behavior.BranchOnValueGreaterThanEqual, new[] { 1.0, 2, 3, double.NaN }, new[] { 20.0, 10, 10, 10 })]
    [InlineData(Behavior.BranchOnValueGreaterThan, new[] { 1.0, 2, 3, double.NaN }, new[] { 20.0, 20, 10, 10 })]
    [InlineData(Behavior.BranchOnValueEqual, new[] { 1.0, 2, 3, double.NaN }, new[] { 20.0, 10, 20, 10 })]
    [InlineData(Behavior.BranchOnValueNotEqual, new[] { 1.0, 2, 3, double.NaN }, new[] { 10.0, 20, 10, 10 })]
    public void Each_branch_mode_compares_against_the_threshold(Behavior behavior, double[] inputs, double[] expected)
    {
        // True child: leaf 10; false child: leaf 20; missing values go to the true child.
        TreeEnsembleParameters trees = TreeSpecs.Parameters(1, new[]
        {
            TreeSpecs.Leaf(0, 1, (0, 10.0)),
            TreeSpecs.Branch(0, 0, behavior, 0, 2.0, 1, 2, missingTrue: true),
            TreeSpecs.Leaf(0, 2, (0, 20.0)),
        });
        Model spec = Regressor(trees, Transform.NoTransform).Input("x", FeatureTypes.Double()).Output("y", FeatureTypes.Double()).Predicts("y").Build();

        double[] actual = inputs.Select(v => ClassicHarness.Run(spec, ("x", FeatureValue.FromDouble(v)))["y"].DoubleValue).ToArray();

        actual.ShouldBe(expected);
    }

    [Theory]
    [InlineData(false, 20.0)]
    [InlineData(true, 10.0)]
    public void A_missing_value_follows_missing_value_tracks_true_child(bool missingTrue, double expected)
    {
        TreeEnsembleParameters trees = TreeSpecs.Parameters(1, new[]
        {
            TreeSpecs.Branch(5, 9, Behavior.BranchOnValueLessThan, 1, 0.0, 3, 4, missingTrue),
            TreeSpecs.Leaf(5, 3, (0, 10.0)),
            TreeSpecs.Leaf(5, 4, (0, 20.0)),
        });
        Model spec = Regressor(trees, Transform.NoTransform)
            .Input("x", FeatureTypes.MultiArray(DataType.Float32, 2)).Output("y", FeatureTypes.Double()).Predicts("y").Build();

        FeatureSet result = ClassicHarness.Run(spec, ("x", FeatureValue.FromMultiArray(MultiArray<float>.Wrap(new[] { -1f, float.NaN }, 2))));

        result["y"].DoubleValue.ShouldBe(expected);
    }

    public static TheoryData<int, Transform> RegressorCases()
    {
        var data = new TheoryData<int, Transform>();
        for (int seed = 100; seed < 112; seed++)
        {
            data.Add(seed, (Transform)(new[] { 0, 2, 1 }[seed % 3]));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RegressorCases))]
    public void Random_regressor_ensembles_match_the_reference(int seed, Transform transform)
    {
        var random = new Random(seed);
        int features = random.Next(1, 8);
        int dimensions = random.Next(1, 5);
        TreeEnsembleParameters trees = TreeSpecs.RandomEnsemble(random, random.Next(1, 6), features, dimensions);
        FeatureType output = dimensions == 1 && random.Next(2) == 0 ? FeatureTypes.Double() : FeatureTypes.MultiArray(DataType.Double, dimensions);
        Model spec = Regressor(trees, transform)
            .Input("first", FeatureTypes.Double())
            .Input("others", FeatureTypes.MultiArray(DataType.Double, features))
            .Output("y", output)
            .Predicts("y")
            .Build();

        for (int trial = 0; trial < 20; trial++)
        {
            double[] x = TreeSpecs.RandomFeatures(random, features + 1);
            FeatureSet result = ClassicHarness.Run(
                spec, ("first", FeatureValue.FromDouble(x[0])), ("others", ClassicHarness.Array(x.Skip(1).ToArray(), DataType.Double).Value));

            double[] expected = Transformed(transform, ClassicReference.TreeScores(trees, x));
            ClassicReference.AssertClose(expected, ClassicHarness.Doubles(result["y"]), "seed " + seed + " trial " + trial);
        }
    }

    [Theory]
    [InlineData(201, Transform.NoTransform)]
    [InlineData(202, Transform.RegressionLogistic)]
    [InlineData(203, Transform.ClassificationSoftMaxWithZeroClassReference)]
    public void Binary_classifiers_score_the_second_label(int seed, Transform transform)
    {
        var random = new Random(seed);
        int features = random.Next(1, 6);
        TreeEnsembleParameters trees = TreeSpecs.RandomEnsemble(random, random.Next(1, 5), features, 1);
        Model spec = SpecBuilder.TreeEnsembleClassifier("no", "yes")
            .With(m => { m.TreeEnsembleClassifier.TreeEnsemble = trees; m.TreeEnsembleClassifier.PostEvaluationTransform = transform; })
            .Input("x", FeatureTypes.MultiArray(DataType.Int32, features))
            .Output("label", FeatureTypes.String())
            .Output("probs", FeatureTypes.DictionaryWithStringKeys())
            .Predicts("label", "probs")
            .Build();

        for (int trial = 0; trial < 20; trial++)
        {
            double[] x = TreeSpecs.RandomFeatures(random, features, missingRate: 0);
            FeatureSet result = ClassicHarness.Run(spec, ("x", ClassicHarness.Array(x, DataType.Int32).Value));

            double score = ClassicReference.TreeScores(trees, x)[0];
            double yes = transform == Transform.NoTransform ? score : ClassicReference.Logistic(score);
            IReadOnlyDictionary<string, double> probabilities = result["probs"].StringDictionaryValue;
            ClassicReference.AssertClose(yes, probabilities["yes"], "p(yes)");
            ClassicReference.AssertClose(1 - yes, probabilities["no"], "p(no)");
            result["label"].StringValue.ShouldBe(yes > 1 - yes ? "yes" : "no");
        }
    }

    [Theory]
    [InlineData(301, Transform.ClassificationSoftMax)]
    [InlineData(302, Transform.NoTransform)]
    [InlineData(303, Transform.RegressionLogistic)]
    [InlineData(304, Transform.ClassificationSoftMax)]
    public void Multi_class_classifiers_match_the_reference(int seed, Transform transform)
    {
        var random = new Random(seed);
        int features = random.Next(1, 6);
        int classes = random.Next(3, 6);
        TreeEnsembleParameters trees = TreeSpecs.RandomEnsemble(random, random.Next(2, 8), features, classes);
        long[] labels = Enumerable.Range(0, classes).Select(i => (long)(i * i)).ToArray();
        Model spec = SpecBuilder.WithoutType()
            .With(m => m.TreeEnsembleClassifier = new TreeEnsembleClassifier { TreeEnsemble = trees, PostEvaluationTransform = transform, Int64ClassLabels = Int64s(labels) })
            .Input("x", FeatureTypes.MultiArray(DataType.Double, features))
            .Output("label", FeatureTypes.Int64())
            .Output("probs", FeatureTypes.DictionaryWithInt64Keys())
            .Predicts("label", "probs")
            .Build();

        for (int trial = 0; trial < 20; trial++)
        {
            double[] x = TreeSpecs.RandomFeatures(random, features);
            FeatureSet result = ClassicHarness.Run(spec, ("x", ClassicHarness.Array(x, DataType.Double).Value));

            double[] expected = Transformed(transform, ClassicReference.TreeScores(trees, x));
            IReadOnlyDictionary<long, double> probabilities = result["probs"].Int64DictionaryValue;
            ClassicReference.AssertClose(expected, labels.Select(l => probabilities[l]).ToArray(), "seed " + seed + " trial " + trial);
            result["label"].Int64Value.ShouldBe(labels[Array.IndexOf(expected, expected.Max())]);
        }
    }

    [Fact]
    public void An_ensemble_without_trees_predicts_the_base_values()
    {
        Model spec = Regressor(TreeSpecs.Parameters(2, Array.Empty<CoreML.Specification.TreeEnsembleParameters.Types.TreeNode>(), 0.25, -4), Transform.NoTransform)
            .Input("x", FeatureTypes.Double())
            .Output("y", FeatureTypes.MultiArray(DataType.Float32, 2))
            .Predicts("y")
            .Build();

        ClassicHarness.Run(spec, ("x", FeatureValue.FromDouble(1)))["y"].GetMultiArray<float>().ToArray().ShouldBe(new[] { 0.25f, -4f });
    }

    [Fact]
    public void Without_labels_the_class_indices_are_the_labels()
    {
        TreeEnsembleParameters trees = TreeSpecs.Parameters(3, new[] { TreeSpecs.Leaf(0, 0, (2, 5.0), (0, 1.0)) });
        Model spec = SpecBuilder.WithoutType()
            .With(m => m.TreeEnsembleClassifier = new TreeEnsembleClassifier { TreeEnsemble = trees, PostEvaluationTransform = Transform.ClassificationSoftMax })
            .Input("x", FeatureTypes.Double())
            .Output("label", FeatureTypes.Int64())
            .Output("probs", FeatureTypes.DictionaryWithInt64Keys())
            .Predicts("label", "probs")
            .Build();

        FeatureSet result = ClassicHarness.Run(spec, ("x", FeatureValue.FromDouble(0)));

        result["label"].Int64Value.ShouldBe(2);
        result["probs"].Int64DictionaryValue.Keys.OrderBy(k => k).ShouldBe(new long[] { 0, 1, 2 });
    }

    [Fact]
    public void An_input_too_short_for_a_branch_is_a_prediction_error_naming_the_input()
    {
        TreeEnsembleParameters trees = TreeSpecs.Parameters(1, new[]
        {
            TreeSpecs.Branch(0, 0, Behavior.BranchOnValueLessThan, 4, 0.0, 1, 2),
            TreeSpecs.Leaf(0, 1, (0, 1.0)),
            TreeSpecs.Leaf(0, 2, (0, 2.0)),
        });
        Model spec = Regressor(trees, Transform.NoTransform)
            .Input("x", FeatureTypes.MultiArray(DataType.Double, 5).ShapeRange((1, 10)))
            .Output("y", FeatureTypes.Double())
            .Predicts("y")
            .Build();

        string message = ClassicHarness.RunShortInput(spec, 1.0, 2).Message;
        message.ShouldContain("'x' holds 2 values");
        message.ShouldContain("at least 5");
    }

    private static double[] Transformed(Transform transform, double[] scores) => transform switch
    {
        Transform.RegressionLogistic => scores.Select(ClassicReference.Logistic).ToArray(),
        Transform.ClassificationSoftMax => ClassicReference.Softmax(scores),
        _ => scores,
    };

    internal static SpecBuilder Regressor(TreeEnsembleParameters trees, Transform transform) =>
        SpecBuilder.TreeEnsembleRegressor().With(m =>
        {
            m.TreeEnsembleRegressor.TreeEnsemble = trees;
            m.TreeEnsembleRegressor.PostEvaluationTransform = transform;
        });

    internal static Int64Vector Int64s(long[] values)
    {
        var vector = new Int64Vector();
        vector.Vector.AddRange(values);
        return vector;
    }
}
