using System.Collections.Generic;
using System.Linq;
using CoreMLGen.Evaluation.Layers;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.NeuralNetworks;

/// <summary>
/// The network planned for one set of input shapes: every blob allocated once, each kernel told its shapes once.
/// Running it only copies the inputs in and executes the kernels.
/// </summary>
internal sealed class ExecutionPlan
{
    private readonly LayerAdapter[] _kernels;
    private readonly Blob[][] _kernelInputs;
    private readonly Blob[][] _kernelOutputs;

    public ExecutionPlan(IReadOnlyList<LayerAdapter> kernels, IReadOnlyDictionary<string, int[]> inputShapes)
    {
        _kernels = kernels.ToArray();
        Inputs = inputShapes.ToDictionary(p => p.Key, p => new Blob(p.Value), System.StringComparer.Ordinal);
        var blobs = new Dictionary<string, Blob>(Inputs, System.StringComparer.Ordinal);
        _kernelInputs = new Blob[_kernels.Length][];
        _kernelOutputs = new Blob[_kernels.Length][];
        for (int k = 0; k < _kernels.Length; k++)
        {
            LayerAdapter kernel = _kernels[k];
            Blob[] inputs = kernel.InputNames.Select(name => blobs[name]).ToArray();
            int[][] shapes = kernel.InferOutputShapes(inputs.Select(b => b.Shape).ToArray());
            if (shapes.Length != kernel.OutputNames.Count)
            {
                throw new CoreMLException("Layer '" + kernel.Name + "' (" + kernel.LayerType + ") gives " + shapes.Length + " output shapes for its " + kernel.OutputNames.Count + " outputs.");
            }

            Blob[] outputs = shapes.Select(s => new Blob(s)).ToArray();
            for (int o = 0; o < outputs.Length; o++)
            {
                // A later layer may reuse a blob name: readers after it see the newer blob.
                blobs[kernel.OutputNames[o]] = outputs[o];
            }

            _kernelInputs[k] = inputs;
            _kernelOutputs[k] = outputs;
        }

        Blobs = blobs;
    }

    /// <summary>The blobs the model inputs are copied into.</summary>
    public IReadOnlyDictionary<string, Blob> Inputs { get; }

    /// <summary>Every blob by name, as it stands after the last layer that writes it.</summary>
    public IReadOnlyDictionary<string, Blob> Blobs { get; }

    public void Execute()
    {
        for (int k = 0; k < _kernels.Length; k++)
        {
            _kernels[k].Execute(_kernelInputs[k], _kernelOutputs[k]);
        }
    }
}
