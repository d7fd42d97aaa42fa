using System.Collections.Generic;
using CoreML.Specification;

namespace CoreMLGen.Spec.Networks;

/// <summary>
/// One neural network of a model (top level or inside a pipeline) with the description of the model that owns it
/// and its layers in execution order, those of nested <c>branch</c>/<c>loop</c> networks included (they share the
/// parent's blob names).
/// </summary>
internal sealed class NetworkView
{
    public NetworkView(ModelDescription description, IReadOnlyList<NeuralNetworkLayer> layers, bool isRank5)
    {
        Description = description;
        Layers = layers;
        IsRank5 = isRank5;
    }

    /// <summary>The interface of the model that owns the network (its inputs and outputs are the network's blobs).</summary>
    public ModelDescription Description { get; }

    public IReadOnlyList<NeuralNetworkLayer> Layers { get; }

    /// <summary>
    /// True for <c>RANK5_ARRAY_MAPPING</c>: a declared array of rank 1 or 3 enters the network as rank 5
    /// <c>[1, 1, C, H, W]</c> (coreml-format-notes §2.3); false for exact mapping.
    /// </summary>
    public bool IsRank5 { get; }
}
