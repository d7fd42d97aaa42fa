using System;
using System.Collections.Generic;

namespace CoreMLGen.Evaluation;

/// <summary>How the managed evaluator loads and runs a model.</summary>
public sealed class EvaluatorOptions
{
    /// <summary>
    /// Implementations of the model's custom layers, by the spec's class name: each factory gets the layer's
    /// parameters (boxed int, long, double, string or bool values by name). Generated <c>Load</c> methods fill this
    /// with the app's generated custom layer classes.
    /// </summary>
    public IDictionary<string, Func<IReadOnlyDictionary<string, object>, ICustomLayer>> CustomLayers { get; } =
        new Dictionary<string, Func<IReadOnlyDictionary<string, object>, ICustomLayer>>(StringComparer.Ordinal);

    /// <summary>For a multi-function model, the function to run (null: the default function).</summary>
    public string? FunctionName { get; set; }

    /// <summary>
    /// Whether an LSTM's <c>forgetBias</c> flag adds 1 to the forget gate's bias, as the spec's text says. Off by
    /// default: converters already bake the 1 into the bias, and Core ML is reported to ignore the flag.
    /// </summary>
    public bool ApplyLstmForgetBias { get; set; }
}
