using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace CoreMLGen.Evaluation;

/// <summary>
/// Runs a Core ML model in managed code: neural networks (rank-5 and ND), their classifier and regressor forms,
/// pipelines, GLM, feature vectorizer and tree ensemble models. Everything the model uses is checked when it is
/// loaded; anything unsupported is a <see cref="ModelLoadException"/> naming the layer or model part.
/// Thread safety: one instance runs one prediction at a time (calls are serialized).
/// </summary>
public sealed partial class ModelEvaluator
{
    /// <summary>Loads a <c>.mlmodel</c> file or <c>.mlpackage</c> folder.</summary>
    /// <param name="path">The model's path.</param>
    /// <param name="options">Custom layers and other options; null for the defaults.</param>
    /// <exception cref="ModelLoadException">The model cannot be read or uses something the evaluator does not support.</exception>
    public static ModelEvaluator Load(string path, EvaluatorOptions? options = null) => throw new NotImplementedException();

    /// <summary>Loads a model from its serialized spec (the bytes of a <c>.mlmodel</c> file).</summary>
    /// <param name="spec">The spec bytes.</param>
    /// <param name="modelName">A name for messages (e.g. the file name).</param>
    /// <param name="options">Custom layers and other options; null for the defaults.</param>
    /// <exception cref="ModelLoadException">The spec cannot be read or uses something the evaluator does not support.</exception>
    public static ModelEvaluator Load(byte[] spec, string modelName, EvaluatorOptions? options = null) => throw new NotImplementedException();

    /// <summary>Loads a model the build embedded in an assembly (off Apple platforms, CoreMLGen embeds each model's spec).</summary>
    /// <param name="assembly">The assembly holding the resource.</param>
    /// <param name="resourceName">The manifest resource name.</param>
    /// <param name="options">Custom layers and other options; null for the defaults.</param>
    /// <exception cref="ModelLoadException">The resource is missing, or the model cannot be run.</exception>
    public static ModelEvaluator LoadResource(Assembly assembly, string resourceName, EvaluatorOptions? options = null) => throw new NotImplementedException();

    /// <summary>The model's inputs, in the spec's order.</summary>
    public IReadOnlyList<FeatureInfo> Inputs { get; private set; } = Array.Empty<FeatureInfo>();

    /// <summary>The model's outputs, in the spec's order.</summary>
    public IReadOnlyList<FeatureInfo> Outputs { get; private set; } = Array.Empty<FeatureInfo>();

    /// <summary>Runs one prediction.</summary>
    /// <param name="input">The input features (a generated <c>FooInput</c>, or any provider).</param>
    /// <returns>The output features.</returns>
    /// <exception cref="FeatureMissingException">A required input is missing.</exception>
    /// <exception cref="FeatureTypeMismatchException">An input has the wrong kind or element type.</exception>
    /// <exception cref="CoreMLException">An input has a shape the model does not accept.</exception>
    public IFeatureProvider Predict(IFeatureProvider input) => throw new NotImplementedException();
}
