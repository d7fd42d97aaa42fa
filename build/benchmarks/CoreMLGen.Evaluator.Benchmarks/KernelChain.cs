using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics.Tensors;
using CoreML.Specification;
using CoreMLGen.Evaluation;
using CoreMLGen.Evaluation.Layers;
using CoreMLGen.Evaluation.NeuralNetworks;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluator.Benchmarks;

/// <summary>
/// Runs a network's layers straight through their kernels (LayerFactory → InferOutputShapes → Execute), without
/// the model runner: the speed of the kernels alone. A sigmoid activation layer whose kernel is not available in
/// this build is applied in place with TensorPrimitives instead.
/// </summary>
internal sealed class KernelChain
{
    private readonly List<(LayerAdapter? Kernel, Blob[] Inputs, Blob[] Outputs)> _steps = new();

    public KernelChain(BenchmarkNetwork network, Blob input)
    {
        var context = new LayerBuildContext(isNd: true, specVersion: network.Spec.SpecificationVersion, new EvaluatorOptions());
        var blobs = new Dictionary<string, Blob>(StringComparer.Ordinal) { [network.InputName] = input };
        foreach (NeuralNetworkLayer layer in network.Layers)
        {
            Blob[] inputs = layer.Input.Select(name => blobs[name]).ToArray();
            LayerAdapter? kernel = TryCreate(layer, context);
            Blob[] outputs = kernel is null
                ? new[] { inputs[0] }
                : kernel.InferOutputShapes(inputs.Select(b => b.Shape).ToArray()).Select(shape => new Blob(shape)).ToArray();
            for (int i = 0; i < outputs.Length; i++)
            {
                blobs[layer.Output[i]] = outputs[i];
            }

            _steps.Add((kernel, inputs, outputs));
        }

        Output = blobs[network.OutputName];
    }

    public Blob Output { get; }

    public Blob Run()
    {
        foreach (var (kernel, inputs, outputs) in _steps)
        {
            if (kernel is null)
            {
                TensorPrimitives.Sigmoid(outputs[0].Span, outputs[0].Span);
            }
            else
            {
                kernel.Execute(inputs, outputs);
            }
        }

        return Output;
    }

    private static LayerAdapter? TryCreate(NeuralNetworkLayer layer, LayerBuildContext context)
    {
        try
        {
            return LayerFactory.Create(layer, context);
        }
        catch (ModelLoadException) when (layer.Activation?.Sigmoid is not null)
        {
            return null;
        }
    }
}
