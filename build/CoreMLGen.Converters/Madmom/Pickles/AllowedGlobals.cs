using System.Collections.Generic;

namespace CoreMLGen.Converters.Madmom.Pickles;

/// <summary>
/// The only globals a madmom pickle may name: madmom's network, layer and activation classes, numpy's array
/// reconstruction, and the one builtin Python 3 uses to pickle bytes at protocol 2. Anything else is refused by name.
/// </summary>
internal static class AllowedGlobals
{
    public const string NumpyReconstruct = "numpy.core.multiarray._reconstruct";
    public const string NumpyReconstruct2 = "numpy._core.multiarray._reconstruct";
    public const string NumpyArray = "numpy.ndarray";
    public const string NumpyDType = "numpy.dtype";
    public const string CodecsEncode = "_codecs.encode";

    public const string LayersModule = "madmom.ml.nn.layers";
    public const string ActivationsModule = "madmom.ml.nn.activations";
    public const string Network = "madmom.ml.nn.NeuralNetwork";

    /// <summary>madmom layer classes that may be constructed (the converter decides which it supports).</summary>
    public static readonly IReadOnlyList<string> LayerClasses = new[]
    {
        "FeedForwardLayer", "RecurrentLayer", "BidirectionalLayer", "Gate", "Cell", "LSTMLayer", "GRUCell", "GRULayer",
        "SequentialLayer", "ParallelLayer", "ConvolutionalLayer", "StrideLayer", "MaxPoolLayer", "BatchNormLayer",
        "TransposeLayer", "ReshapeLayer", "AverageLayer", "PadLayer",
    };

    /// <summary>madmom activation functions (pickled as references, never called).</summary>
    public static readonly IReadOnlyList<string> Activations = new[] { "linear", "tanh", "sigmoid", "relu", "elu", "softmax" };

    private static readonly HashSet<string> s_all = Build();

    public static bool Contains(string module, string name) => s_all.Contains(module + "." + name);

    private static HashSet<string> Build()
    {
        var all = new HashSet<string>(System.StringComparer.Ordinal)
        {
            NumpyReconstruct, NumpyReconstruct2, NumpyArray, NumpyDType, CodecsEncode, Network,
        };
        foreach (string layer in LayerClasses)
        {
            all.Add(LayersModule + "." + layer);
        }

        foreach (string activation in Activations)
        {
            all.Add(ActivationsModule + "." + activation);
        }

        return all;
    }
}
