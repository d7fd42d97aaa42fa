using System;

namespace CoreMLGen.Evaluation;

/// <summary>
/// The evaluator cannot run a model: the file is unreadable, the spec is invalid, or it uses something the evaluator
/// does not support. Raised when the model is loaded, before any prediction, and names the layer when one is at fault.
/// </summary>
public sealed class ModelLoadException : CoreMLException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, for people.</param>
    /// <param name="layerName">The layer at fault, if any.</param>
    /// <param name="layerType">The layer's type (the spec's case name, e.g. <c>uniDirectionalLSTM</c>), if any.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ModelLoadException(string message, string? layerName = null, string? layerType = null, Exception? innerException = null)
        : base(message, innerException)
    {
        LayerName = layerName;
        LayerType = layerType;
    }

    /// <summary>The layer at fault, or null.</summary>
    public string? LayerName { get; }

    /// <summary>The type of the layer at fault, or null.</summary>
    public string? LayerType { get; }
}
