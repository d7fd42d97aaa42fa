using System;
using System.Collections.Generic;

namespace CoreMLGen;

/// <summary>
/// A Core ML custom layer written in C#. CoreMLGen generates a partial class implementing this interface for each
/// custom layer class a model names; the app writes its <see cref="Evaluate"/>. Core ML calls it on Apple platforms,
/// the managed evaluator everywhere else.
/// </summary>
public interface ICustomLayer
{
    /// <summary>Gives the layer its weights, in the spec's order, as raw bytes (float32 weights are little-endian floats).</summary>
    /// <param name="weights">Each weight's bytes.</param>
    void SetWeights(IReadOnlyList<ReadOnlyMemory<byte>> weights);

    /// <summary>The shape of each output for the given input shapes.</summary>
    /// <param name="inputShapes">The shape of each input.</param>
    /// <returns>The shape of each output.</returns>
    IReadOnlyList<IReadOnlyList<int>> GetOutputShapes(IReadOnlyList<IReadOnlyList<int>> inputShapes);

    /// <summary>The layer's math: reads the inputs and writes every element of the outputs.</summary>
    /// <param name="inputs">One array per layer input.</param>
    /// <param name="outputs">One array per layer output, allocated with the shapes <see cref="GetOutputShapes"/> gives.</param>
    void Evaluate(IReadOnlyList<MultiArray<float>> inputs, IReadOnlyList<MultiArray<float>> outputs);
}
