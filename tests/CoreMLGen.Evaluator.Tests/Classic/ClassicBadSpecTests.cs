using System;
using System.Collections.Generic;
using CoreML.Specification;
using CoreMLGen.Evaluation;
using CoreMLGen.Testing.Builders;
using Shouldly;
using Xunit;
using Behavior = CoreML.Specification.TreeEnsembleParameters.Types.TreeNode.Types.TreeNodeBehavior;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;
using Encoding = CoreML.Specification.GLMClassifier.Types.ClassEncoding;
using GlmTransform = CoreML.Specification.GLMClassifier.Types.PostEvaluationTransform;
using RegressorTransform = CoreML.Specification.GLMRegressor.Types.PostEvaluationTransform;
using TreeNode = CoreML.Specification.TreeEnsembleParameters.Types.TreeNode;
using TreeTransform = CoreML.Specification.TreeEnsemblePostEvaluationTransform;

namespace CoreMLGen.Evaluator.Tests.Classic;

/// <summary>Every spec problem is a load-time <see cref="ModelLoadException"/> that says where it is.</summary>
public sealed class ClassicBadSpecTests
{
    public static TheoryData<string, Model, string> BadSpecs()
    {
        var data = new TheoryData<string, Model, string>
        {
            { "GLM regressor without weights", GlmRegressor(Array.Empty<double[]>(), Array.Empty<double>(), 1).Build(), "no weights" },
            { "GLM regressor offsets", GlmRegressor(new[] { new[] { 1.0 } }, new[] { 0.0, 1.0 }, 1).Build(), "2 offsets" },
            { "GLM regressor ragged rows", GlmRegressor(new[] { new[] { 1.0, 2 }, new[] { 1.0 } }, new[] { 0.0, 0 }, 2, output: FeatureTypes.MultiArray(DataType.Double, 2)).Build(), "row 1" },
            { "GLM regressor input size", GlmRegressor(new[] { new[] { 1.0, 2 } }, new[] { 0.0 }, 3).Build(), "weight rows have 2" },
            { "GLM regressor two values into a double", GlmRegressor(new[] { new[] { 1.0 }, new[] { 2.0 } }, new[] { 0.0, 0 }, 1).Build(), "declared as a double" },
            { "GLM regressor output shape", GlmRegressor(new[] { new[] { 1.0 }, new[] { 2.0 } }, new[] { 0.0, 0 }, 1, output: FeatureTypes.MultiArray(DataType.Double, 3)).Build(), "declared with 3 values" },
            { "GLM regressor string input", GlmRegressor(new[] { new[] { 1.0 } }, new[] { 0.0 }, 1).With(m => m.Description.Input[0].Type = FeatureTypes.String()).Build(), "input 'x'" },
            { "GLM regressor transform", GlmRegressor(new[] { new[] { 1.0 } }, new[] { 0.0 }, 1).With(m => m.GlmRegressor.PostEvaluationTransform = (RegressorTransform)9).Build(), "postEvaluationTransform 9" },
            { "GLM regressor predicted feature", GlmRegressor(new[] { new[] { 1.0 } }, new[] { 0.0 }, 1).Predicts("nope").Build(), "'nope'" },
            { "GLM classifier without labels", GlmClassifier(SpecBuilder.GlmClassifier(Array.Empty<string>()), 1, GlmTransform.Logit, Encoding.ReferenceClass).Build(), "no class labels" },
            { "GLM classifier reference rows", GlmClassifier(SpecBuilder.GlmClassifier("a", "b", "c"), 3, GlmTransform.Logit, Encoding.ReferenceClass).Build(), "need 2 weight rows" },
            { "GLM classifier one-vs-rest rows", GlmClassifier(SpecBuilder.GlmClassifier("a", "b", "c"), 2, GlmTransform.Logit, Encoding.OneVsRest).Build(), "need 3 weight rows" },
            { "GLM classifier multi-class probit", GlmClassifier(SpecBuilder.GlmClassifier("a", "b", "c"), 3, GlmTransform.Probit, Encoding.OneVsRest).Build(), "Probit" },
            { "GLM classifier label type", GlmClassifier(SpecBuilder.GlmClassifier(1L, 2L), 1, GlmTransform.Logit, Encoding.OneVsRest).Build(), "int64" },
            { "Vectorizer unknown column", FeatureVectorizerTests.Vectorizer(("zzz", 1)).Input("a", FeatureTypes.Double()).Output("o", FeatureTypes.MultiArray(DataType.Double, 1)).Build(), "'zzz'" },
            { "Vectorizer zero dimensions", FeatureVectorizerTests.Vectorizer(("a", 0)).Input("a", FeatureTypes.Double()).Output("o", FeatureTypes.MultiArray(DataType.Double, 1)).Build(), "inputDimensions 0" },
            { "Vectorizer number with 2 dimensions", FeatureVectorizerTests.Vectorizer(("a", 2)).Input("a", FeatureTypes.Double()).Output("o", FeatureTypes.MultiArray(DataType.Double, 2)).Build(), "must be 1" },
            { "Vectorizer array size", FeatureVectorizerTests.Vectorizer(("a", 2)).Input("a", FeatureTypes.MultiArray(DataType.Double, 3)).Output("o", FeatureTypes.MultiArray(DataType.Double, 2)).Build(), "inputDimensions is 2" },
            { "Vectorizer string dictionary", FeatureVectorizerTests.Vectorizer(("a", 2)).Input("a", FeatureTypes.DictionaryWithStringKeys()).Output("o", FeatureTypes.MultiArray(DataType.Double, 2)).Build(), "column 'a'" },
        };

        AddTree(data, "no dimensions", TreeSpecs.Parameters(0, new[] { TreeSpecs.Leaf(0, 0, (0, 1.0)) }), "numPredictionDimensions is 0");
        AddTree(data, "base prediction size", TreeSpecs.Parameters(1, new[] { TreeSpecs.Leaf(0, 0, (0, 1.0)) }, 1, 2), "basePredictionValue has 2");
        AddTree(data, "duplicate node", TreeSpecs.Parameters(1, new[] { TreeSpecs.Leaf(0, 0, (0, 1.0)), TreeSpecs.Leaf(0, 0, (0, 2.0)) }), "tree 0, node 0");
        AddTree(data, "missing child", TreeSpecs.Parameters(1, new[] { Split(3, 0, 1, 7), TreeSpecs.Leaf(3, 1, (0, 1.0)) }), "node 7, which the tree does not have");
        AddTree(data, "child in another tree", TreeSpecs.Parameters(1, new[] { Split(0, 0, 1, 2), TreeSpecs.Leaf(0, 1, (0, 1.0)), TreeSpecs.Leaf(1, 2, (0, 1.0)) }), "node 2, which the tree does not have");
        AddTree(data, "own child", TreeSpecs.Parameters(1, new[] { Split(0, 0, 0, 1), TreeSpecs.Leaf(0, 1, (0, 1.0)) }), "its own true child");
        AddTree(data, "two parents", TreeSpecs.Parameters(1, new[] { Split(0, 0, 1, 2), Split(0, 1, 2, 3), TreeSpecs.Leaf(0, 2, (0, 1.0)), TreeSpecs.Leaf(0, 3, (0, 1.0)) }), "already a child of node");
        AddTree(data, "cycle", TreeSpecs.Parameters(1, new[] { Split(0, 0, 1, 2), TreeSpecs.Leaf(0, 1, (0, 1.0)), Split(0, 2, 3, 4), Split(0, 3, 2, 5), TreeSpecs.Leaf(0, 4, (0, 1.0)), TreeSpecs.Leaf(0, 5, (0, 1.0)) }), "already a child");
        AddTree(data, "detached cycle", TreeSpecs.Parameters(1, new[] { TreeSpecs.Leaf(0, 0, (0, 1.0)), Split(1, 1, 2, 3), Split(1, 2, 1, 4), Split(1, 3, 5, 6), TreeSpecs.Leaf(1, 4, (0, 1.0)), TreeSpecs.Leaf(1, 5, (0, 1.0)), TreeSpecs.Leaf(1, 6, (0, 1.0)) }), "cycle");
        AddTree(data, "two roots", TreeSpecs.Parameters(1, new[] { TreeSpecs.Leaf(0, 0, (0, 1.0)), TreeSpecs.Leaf(0, 1, (0, 1.0)) }), "several root nodes");
        AddTree(data, "empty leaf", TreeSpecs.Parameters(1, new[] { TreeSpecs.Leaf(0, 0) }), "no evaluationInfo");
        AddTree(data, "leaf dimension", TreeSpecs.Parameters(2, new[] { TreeSpecs.Leaf(0, 0, (2, 1.0)) }), "evaluationIndex 2");
        AddTree(data, "leaf repeats a dimension", TreeSpecs.Parameters(2, new[] { TreeSpecs.Leaf(0, 0, (1, 1.0), (1, 2.0)) }), "more than one value");
        AddTree(data, "unknown behavior", TreeSpecs.Parameters(1, new[] { TreeSpecs.Branch(0, 0, (Behavior)42, 0, 0, 1, 2), TreeSpecs.Leaf(0, 1, (0, 1.0)), TreeSpecs.Leaf(0, 2, (0, 1.0)) }), "nodeBehavior 42");
        AddTree(data, "feature beyond the inputs", TreeSpecs.Parameters(1, new[] { TreeSpecs.Branch(0, 0, Behavior.BranchOnValueEqual, 3, 0, 1, 2), TreeSpecs.Leaf(0, 1, (0, 1.0)), TreeSpecs.Leaf(0, 2, (0, 1.0)) }), "reads feature 3");
        data.Add("tree regressor without parameters", SpecBuilder.TreeEnsembleRegressor().Input("x", FeatureTypes.Double()).Output("y", FeatureTypes.Double()).Predicts("y").Build(), "no treeEnsemble");
        data.Add("tree regressor zero-reference softmax", TreeEnsembleTests.Regressor(TreeSpecs.Parameters(1, new[] { TreeSpecs.Leaf(0, 0, (0, 1.0)) }), TreeTransform.ClassificationSoftMaxWithZeroClassReference)
            .Input("x", FeatureTypes.Double()).Output("y", FeatureTypes.Double()).Predicts("y").Build(), "ClassificationSoftMaxWithZeroClassReference");
        data.Add("tree classifier labels vs dimensions", TreeClassifier(TreeSpecs.Parameters(3, new[] { TreeSpecs.Leaf(0, 0, (0, 1.0)) }), TreeTransform.ClassificationSoftMax, "a", "b"), "3 prediction dimensions do not fit 2 class labels");
        data.Add("tree classifier binary softmax", TreeClassifier(TreeSpecs.Parameters(1, new[] { TreeSpecs.Leaf(0, 0, (0, 1.0)) }), TreeTransform.ClassificationSoftMax, "a", "b"), "binary");
        return data;
    }

    [Theory]
    [MemberData(nameof(BadSpecs))]
    public void Bad_specs_fail_at_load_with_a_located_message(string name, Model spec, string expected)
    {
        ModelLoadException error = Should.Throw<ModelLoadException>(() => ClassicHarness.Load(spec), name);
        error.Message.ShouldStartWith(ClassicHarness.Where + ": ");
        error.Message.ShouldContain(expected, Case.Sensitive, name + ": " + error.Message);
    }

    private static void AddTree(TheoryData<string, Model, string> data, string name, TreeEnsembleParameters trees, string expected) =>
        data.Add("tree " + name, TreeEnsembleTests.Regressor(trees, TreeTransform.NoTransform)
            .Input("x", FeatureTypes.MultiArray(DataType.Double, 2))
            .Output("y", FeatureTypes.MultiArray(DataType.Double))
            .Predicts("y")
            .Build(), expected);

    private static TreeNode Split(ulong tree, ulong node, ulong trueChild, ulong falseChild) =>
        TreeSpecs.Branch(tree, node, Behavior.BranchOnValueLessThan, 0, 0.5, trueChild, falseChild);

    private static SpecBuilder GlmRegressor(double[][] weights, double[] offsets, int inputLength, FeatureType? output = null) =>
        GlmRegressorTests.Regressor(weights, offsets, RegressorTransform.NoTransform)
            .Input("x", FeatureTypes.MultiArray(DataType.Double, inputLength))
            .Output("y", output ?? FeatureTypes.Double())
            .Predicts("y");

    private static SpecBuilder GlmClassifier(SpecBuilder builder, int rows, GlmTransform transform, Encoding encoding)
    {
        var weights = new List<double[]>();
        for (int i = 0; i < rows; i++)
        {
            weights.Add(new[] { 1.0, 2.0 });
        }

        return GlmClassifierTests.Classifier(builder, weights.ToArray(), new double[rows], transform, encoding)
            .Input("x", FeatureTypes.MultiArray(DataType.Double, 2))
            .Output("label", FeatureTypes.String())
            .Predicts("label");
    }

    private static Model TreeClassifier(TreeEnsembleParameters trees, TreeTransform transform, params string[] labels) =>
        SpecBuilder.TreeEnsembleClassifier(labels)
            .With(m => { m.TreeEnsembleClassifier.TreeEnsemble = trees; m.TreeEnsembleClassifier.PostEvaluationTransform = transform; })
            .Input("x", FeatureTypes.Double())
            .Output("label", FeatureTypes.String())
            .Predicts("label")
            .Build();
}
