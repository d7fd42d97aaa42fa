using System;
using System.Collections.Generic;

namespace CoreMLGen.Cli.Tests;

/// <summary>A stand-in model for predict: a declared interface and a function from inputs to outputs.</summary>
internal sealed class FakePredictor : IPredictor
{
    private readonly Func<IFeatureProvider, IReadOnlyDictionary<string, FeatureValue>> _predict;

    public FakePredictor(IReadOnlyList<ModelFeature> inputs, IReadOnlyList<ModelFeature> outputs, Func<IFeatureProvider, IReadOnlyDictionary<string, FeatureValue>> predict)
    {
        Inputs = inputs;
        Outputs = outputs;
        _predict = predict;
    }

    public IReadOnlyList<ModelFeature> Inputs { get; }

    public IReadOnlyList<ModelFeature> Outputs { get; }

    /// <summary>The provider the last prediction received.</summary>
    public IFeatureProvider? LastInput { get; private set; }

    public IFeatureProvider Predict(IFeatureProvider input)
    {
        LastInput = input;
        return new DictionaryFeatureProvider(_predict(input));
    }

    public static ModelFeature Array(string name, MultiArrayDataType type, params int[] shape) => new(name, FeatureKind.MultiArray, type, shape, false);

    public static ModelFeature Scalar(string name, FeatureKind kind, bool optional = false, FeatureKind? item = null) => new(name, kind, null, System.Array.Empty<int>(), optional, item);
}
