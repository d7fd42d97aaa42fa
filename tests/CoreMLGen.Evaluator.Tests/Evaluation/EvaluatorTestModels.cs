using System.Collections.Generic;
using CoreML.Specification;
using CoreMLGen.Evaluation;
using CoreMLGen.Testing.Builders;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;

namespace CoreMLGen.Evaluator.Tests.Evaluation;

/// <summary>Small models whose only layer is a custom one, so the runner is tested apart from the built-in kernels.</summary>
internal static class EvaluatorTestModels
{
    public static NeuralNetworkLayer ScaleLayer(string input, string output, double factor = 2.0, string name = "scale") =>
        Layers.Custom(name, "Scale", new[] { input }, new[] { output }, new Dictionary<string, object> { ["factor"] = factor });

    /// <summary>x [3] (double) → y = 2x [3] (double); rank-5 mapping, spec 2.</summary>
    public static SpecBuilder Doubler(DataType dataType = DataType.Double, params long[] shape) =>
        SpecBuilder.NeuralNetwork(2)
            .Input("x", FeatureTypes.MultiArray(dataType, shape.Length == 0 ? new long[] { 3 } : shape))
            .Output("y", FeatureTypes.MultiArray(dataType, shape.Length == 0 ? new long[] { 3 } : shape))
            .Layers(ScaleLayer("x", "y"));

    public static EvaluatorOptions ScaleOptions() => TestCustomLayers.With("Scale", p => new TestCustomLayers.Scale(p));

    public static ModelEvaluator Load(SpecBuilder spec, EvaluatorOptions? options = null) =>
        ModelEvaluator.Load(spec.ToBytes(), "test.mlmodel", options ?? ScaleOptions());

    public static IFeatureProvider Predict(ModelEvaluator model, params (string Name, FeatureValue Value)[] inputs)
    {
        var values = new Dictionary<string, FeatureValue>();
        foreach (var (name, value) in inputs)
        {
            values[name] = value;
        }

        return model.Predict(new DictionaryFeatureProvider(values));
    }

    public static FeatureValue Doubles(double[] values, params int[] shape) =>
        FeatureValue.FromMultiArray(MultiArray<double>.Wrap(values, shape.Length == 0 ? new[] { values.Length } : shape));

    public static FeatureValue Floats(float[] values, params int[] shape) =>
        FeatureValue.FromMultiArray(MultiArray<float>.Wrap(values, shape.Length == 0 ? new[] { values.Length } : shape));
}
