namespace CoreMLGen.Generator.Model;

/// <summary>A typed parameter of a custom layer class.</summary>
/// <param name="Type">int, long, double, string or bool (widened when layers disagree on the number type).</param>
/// <param name="IsRequired">True when every layer of the class sets it.</param>
/// <param name="Values">The distinct values the layers set, as descriptor text, for the docs.</param>
internal sealed record CustomParameterSpec(string Name, string PropertyName, string Type, bool IsRequired, EquatableArray<string> Values);

/// <summary>One generated custom layer class: every use of it in one namespace, merged.</summary>
/// <param name="Uses">"Model/layer" for each layer that uses the class, for the docs.</param>
/// <param name="Weights">The weights every layer of the class has (storage and count), or empty when they differ.</param>
/// <param name="WeightsDiffer">True when the layers have different weights (each instance gets its layer's).</param>
internal sealed record CustomLayerClassSpec(
    string Namespace,
    bool IsPublic,
    string ClassName,
    string ObjectiveCName,
    string Description,
    EquatableArray<string> Uses,
    int InputCount,
    int OutputCount,
    EquatableArray<CustomWeightDescription> Weights,
    bool WeightsDiffer,
    EquatableArray<CustomParameterSpec> Parameters,
    string HintName);
