using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;

namespace CoreMLGen.Spec.Networks;

/// <summary>
/// Follows blobs of one network: back from a layer input to the model input it comes from (through shape-only,
/// slicing and splitting layers), and forward from a layer output to the model outputs it reaches (through
/// shape-only and concatenating layers), keeping the element window the blob occupies in the feature.
/// </summary>
internal sealed class StateWiringTracer
{
    // Graphs that branch and re-join could make the forward walk exponential, and a long chain of copies would make
    // the recursion deep enough to overflow the stack; real state plumbing takes a few steps.
    private const int StepBudget = 100_000;
    private const int MaxDepth = 200;

    private readonly NetworkView _network;
    private readonly Dictionary<string, FeatureDescription> _inputs = new();
    private readonly Dictionary<string, FeatureDescription> _outputs = new();
    private readonly Dictionary<string, List<int>> _producers = new();
    private readonly Dictionary<string, List<(int Layer, int Slot)>> _consumers = new();
    private int _steps;
    private int _depth;

    public StateWiringTracer(NetworkView network)
    {
        _network = network;
        foreach (FeatureDescription input in network.Description.Input)
        {
            _inputs[input.Name] = input;
        }

        foreach (FeatureDescription output in network.Description.Output)
        {
            _outputs[output.Name] = output;
        }

        for (int i = 0; i < network.Layers.Count; i++)
        {
            NeuralNetworkLayer layer = network.Layers[i];
            for (int slot = 0; slot < layer.Input.Count; slot++)
            {
                List(_consumers, layer.Input[slot]).Add((i, slot));
            }

            foreach (string output in layer.Output)
            {
                List(_producers, output).Add(i);
            }
        }
    }

    /// <summary>The model input feeding <paramref name="blob"/> as layer <paramref name="consumer"/> reads it, or null.</summary>
    public FeatureWindow? TraceToInput(string blob, int consumer)
    {
        if (!Enter())
        {
            return null;
        }

        try
        {
            return TraceToInputCore(blob, consumer);
        }
        finally
        {
            _depth--;
        }
    }

    private FeatureWindow? TraceToInputCore(string blob, int consumer)
    {

        int producer = Producer(blob, consumer);
        if (producer < 0)
        {
            return _inputs.TryGetValue(blob, out FeatureDescription? feature) && InputShape(feature) is { } shape
                ? new FeatureWindow(blob, 0, shape.Count, shape)
                : null;
        }

        NeuralNetworkLayer layer = _network.Layers[producer];
        if (layer.Input.Count != 1 || TraceToInput(layer.Input[0], producer) is not { } source)
        {
            return null;
        }

        if (ShapeOnlyLayers.PassThrough(layer, source.Shape) is { } passed)
        {
            return new FeatureWindow(source.Feature, source.Offset, passed.Count, passed);
        }

        return WindowLayers.Select(layer, layer.Output.IndexOf(blob), source.Shape) is { } piece
            ? new FeatureWindow(source.Feature, source.Offset + piece.Offset, piece.Shape.Count, piece.Shape)
            : null;
    }

    /// <summary>The model outputs that <paramref name="blob"/>, written by layer <paramref name="producer"/>, reaches.</summary>
    public IReadOnlyList<FeatureWindow> TraceToOutputs(string blob, int producer, BlobShape shape)
    {
        var reached = new List<FeatureWindow>();
        TraceToOutputs(blob, producer, shape, 0, shape.Count, reached);
        return reached;
    }

    /// <summary>The element count of <paramref name="blob"/> as layer <paramref name="consumer"/> reads it, or -1.</summary>
    public long CountOf(string blob, int consumer)
    {
        if (!Enter())
        {
            return -1;
        }

        try
        {
            return CountOfCore(blob, consumer);
        }
        finally
        {
            _depth--;
        }
    }

    private long CountOfCore(string blob, int consumer)
    {

        int producer = Producer(blob, consumer);
        if (producer < 0)
        {
            return _inputs.TryGetValue(blob, out FeatureDescription? feature) ? InputShape(feature)?.Count ?? -1 : -1;
        }

        NeuralNetworkLayer layer = _network.Layers[producer];
        int slot = layer.Output.IndexOf(blob);
        if (RecurrentLayerInfo.Of(layer) is { } recurrent)
        {
            return slot >= 1 ? recurrent.HiddenSize : -1;
        }

        switch (layer.LayerCase)
        {
            case NeuralNetworkLayer.LayerOneofCase.Concat:
            case NeuralNetworkLayer.LayerOneofCase.ConcatND:
                long total = 0;
                foreach (string input in layer.Input)
                {
                    long count = CountOf(input, producer);
                    if (count < 0)
                    {
                        return -1;
                    }

                    total += count;
                }

                return total;
            default:
                return layer.Input.Count == 1 && ShapeOnlyLayers.IsShapeOnly(layer) ? CountOf(layer.Input[0], producer) : -1;
        }
    }

    /// <summary>The shape a model input has inside the network (rank 5 under the legacy mapping), or null.</summary>
    public BlobShape? InputShape(FeatureDescription feature) => DeclaredShape(feature, _network.IsRank5);

    /// <summary>The element count of a declared output, or -1.</summary>
    public long OutputCount(string name) => _outputs.TryGetValue(name, out FeatureDescription? feature) ? DeclaredShape(feature, false)?.Count ?? -1 : -1;

    /// <summary>The element count of a declared input, or -1.</summary>
    public long InputCount(string name) => _inputs.TryGetValue(name, out FeatureDescription? feature) ? InputShape(feature)?.Count ?? -1 : -1;

    public static BlobShape? DeclaredShape(FeatureDescription feature, bool isRank5)
    {
        ArrayFeatureType? array = feature.Type?.MultiArrayType;
        if (array is null || array.Shape.Count == 0)
        {
            return null;
        }

        List<long> dims = array.Shape.ToList();
        if (isRank5 && dims.Count == 1)
        {
            return BlobShape.Of(new[] { 1L, 1L, dims[0], 1L, 1L });
        }

        if (isRank5 && dims.Count == 3)
        {
            return BlobShape.Of(new[] { 1L, 1L, dims[0], dims[1], dims[2] });
        }

        return BlobShape.Of(dims);
    }

    private void TraceToOutputs(string blob, int producer, BlobShape shape, long offset, long length, List<FeatureWindow> reached)
    {
        if (!Enter())
        {
            return;
        }

        try
        {
            TraceToOutputsCore(blob, producer, shape, offset, length, reached);
        }
        finally
        {
            _depth--;
        }
    }

    private void TraceToOutputsCore(string blob, int producer, BlobShape shape, long offset, long length, List<FeatureWindow> reached)
    {

        if (_outputs.ContainsKey(blob) && !IsOverwritten(blob, producer, int.MaxValue))
        {
            reached.Add(new FeatureWindow(blob, offset, length, shape));
        }

        if (!_consumers.TryGetValue(blob, out List<(int Layer, int Slot)>? consumers))
        {
            return;
        }

        foreach ((int index, int slot) in consumers)
        {
            // Only the layers that read this producer's value: after it, before the blob is written again.
            if (index <= producer || IsOverwritten(blob, producer, index))
            {
                continue;
            }

            NeuralNetworkLayer layer = _network.Layers[index];
            if (ShapeOnlyLayers.PassThrough(layer, shape) is { } passed)
            {
                TraceToOutputs(layer.Output[0], index, passed, offset, length, reached);
            }
            else if (WindowLayers.Join(layer, slot, shape, other => CountOf(other, index)) is { } joined)
            {
                TraceToOutputs(layer.Output[0], index, joined.Shape, offset + joined.Offset, length, reached);
            }
        }
    }

    /// <summary>Counts a step and enters one level deeper; false (without entering) when a limit is reached.</summary>
    private bool Enter()
    {
        if (++_steps > StepBudget || _depth >= MaxDepth)
        {
            return false;
        }

        _depth++;
        return true;
    }

    /// <summary>The last layer before <paramref name="consumer"/> that writes <paramref name="blob"/>, or -1.</summary>
    private int Producer(string blob, int consumer)
    {
        if (!_producers.TryGetValue(blob, out List<int>? producers))
        {
            return -1;
        }

        int found = -1;
        foreach (int index in producers)
        {
            if (index < consumer)
            {
                found = index;
            }
        }

        return found;
    }

    private bool IsOverwritten(string blob, int producer, int before)
        => _producers.TryGetValue(blob, out List<int>? producers) && producers.Any(p => p > producer && p < before);

    private static List<T> List<T>(Dictionary<string, List<T>> map, string key)
    {
        if (!map.TryGetValue(key, out List<T>? list))
        {
            list = new List<T>();
            map[key] = list;
        }

        return list;
    }
}
