using System;
using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers;

/// <summary>
/// One neural network layer, ready to run. Built once per model (weights decoded and checked then); told its
/// input shapes once per distinct input shape (<see cref="InferOutputShapes"/>); then run many times into buffers
/// the planner allocated (<see cref="Execute"/>), which must not allocate per call.
/// </summary>
internal abstract class LayerAdapter
{
    protected LayerAdapter(NeuralNetworkLayer layer)
    {
        Name = layer.Name;
        LayerType = LayerTypeName(layer);
        InputNames = layer.Input.ToArray();
        OutputNames = layer.Output.ToArray();
    }

    public string Name { get; }

    /// <summary>The spec's case name of the layer, e.g. <c>innerProduct</c>.</summary>
    public string LayerType { get; }

    public IReadOnlyList<string> InputNames { get; }

    public IReadOnlyList<string> OutputNames { get; }

    /// <summary>The output shapes for these input shapes; throws <see cref="CoreMLException"/> (via <see cref="ShapeError"/>) when they do not fit.</summary>
    public abstract int[][] InferOutputShapes(int[][] inputShapes);

    /// <summary>Reads the inputs and overwrites every value of the outputs, whose shapes are the inferred ones.</summary>
    public abstract void Execute(Blob[] inputs, Blob[] outputs);

    /// <summary>A load-time error about this layer (bad parameters or weights).</summary>
    protected ModelLoadException LoadError(string message) =>
        new("Layer '" + Name + "' (" + LayerType + "): " + message, Name, LayerType);

    /// <summary>An error about the shapes this layer was given.</summary>
    protected CoreMLException ShapeError(string message) =>
        new("Layer '" + Name + "' (" + LayerType + "): " + message);

    public static string LayerTypeName(NeuralNetworkLayer layer)
    {
        string name = layer.LayerCase.ToString();
        return name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);
    }

    public static ModelLoadException Unsupported(NeuralNetworkLayer layer)
    {
        string type = LayerTypeName(layer);
        return layer.LayerCase == NeuralNetworkLayer.LayerOneofCase.None
            ? new ModelLoadException("Layer '" + layer.Name + "' has no layer type set (or one this version of CoreMLGen does not know).", layer.Name, type)
            : new ModelLoadException("Layer '" + layer.Name + "' is a " + type + " layer, which the managed evaluator does not support.", layer.Name, type);
    }
}
