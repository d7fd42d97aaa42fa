using CoreML.Specification;

namespace CoreMLGen.Converters.Madmom.Conversion;

/// <summary>madmom activation names to Core ML activations, with the rules that keep the converted function exact.</summary>
internal static class ActivationMapping
{
    /// <summary>
    /// Core ML clamps recurrent gate pre-activations to ±50 before the activation. For sigmoid and tanh that changes a
    /// result by less than 2e−22; for linear or ReLU it would change it, so only these two are accepted where the clamp applies.
    /// </summary>
    public static bool Saturates(string name) => name is "sigmoid" or "tanh";

    /// <summary>Activations a Core ML recurrent layer can apply (its spec allows linear, sigmoid, tanh and ReLU).</summary>
    public static ActivationParams? Recurrent(string name) => name switch
    {
        "linear" => new ActivationParams { Linear = new ActivationLinear { Alpha = 1 } },
        "sigmoid" => new ActivationParams { Sigmoid = new ActivationSigmoid() },
        "tanh" => new ActivationParams { Tanh = new ActivationTanh() },
        "relu" => new ActivationParams { ReLU = new ActivationReLU() },
        _ => null,
    };

    /// <summary>The activation layer after a dense layer (null for linear, which needs none; softmax is a layer of its own).</summary>
    public static ActivationParams? Dense(string name) => name switch
    {
        "sigmoid" => new ActivationParams { Sigmoid = new ActivationSigmoid() },
        "tanh" => new ActivationParams { Tanh = new ActivationTanh() },
        "relu" => new ActivationParams { ReLU = new ActivationReLU() },
        "elu" => new ActivationParams { ELU = new ActivationELU { Alpha = 1 } },
        _ => null,
    };
}
