using CoreML.Specification;

namespace CoreMLGen.Evaluation.NeuralNetworks;

/// <summary>
/// Builds the kernel for a layer. Each family of layers has its own part of this class (KernelFactory.*.cs), which
/// returns null for layers that are not its own.
/// </summary>
internal static partial class KernelFactory
{
    public static LayerKernel Create(NeuralNetworkLayer layer, LayerBuildContext context)
    {
        return CreateLinear(layer, context)
            ?? CreateElementwise(layer, context)
            ?? CreateShape(layer, context)
            ?? CreateCustom(layer, context)
            ?? throw LayerKernel.Unsupported(layer);
    }
}
