using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace CoreMLGen.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports (CMLG1xxx). IDs are recorded in AnalyzerReleases.*.md and explained in
/// docs/diagnostics.md; the MSBuild task uses CMLG2xxx.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "CoreMLGen";

    public static readonly DiagnosticDescriptor UnsupportedDescriptorVersion = Create(
        "CMLG1001",
        "Unsupported model descriptor version",
        "The model descriptor starts with '{0}', but this generator reads '" + CoreMLGen.Descriptors.DescriptorFormat.HeaderLine + "'; the CoreMLGen build task and generator come from different versions, rebuild after restoring one CoreMLGen version",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MalformedDescriptor = Create(
        "CMLG1002",
        "Malformed model descriptor",
        "Malformed model descriptor: {0}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidItemMetadata = Create(
        "CMLG1003",
        "Invalid CoreMLModel metadata",
        "CoreMLModel metadata {0}=\"{1}\" is invalid: {2}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor IdentifierCollision = Create(
        "CMLG1004",
        "Generated member renamed to avoid a collision",
        "Feature '{0}' of model '{1}' is generated as '{2}' because '{3}' is already taken in {4}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnsupportedFeatureType = Create(
        "CMLG1005",
        "Unsupported feature type",
        "Feature '{0}' of model '{1}' has a type the generator cannot type ({2}); it is exposed as an untyped CoreMLGen.FeatureValue",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateGeneratedType = Create(
        "CMLG1006",
        "Two models generate the same type",
        "Models '{0}' and '{1}' both generate type '{2}'; set ClassName or Namespace metadata on one of the CoreMLModel items",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor GeneratorFailure = Create(
        "CMLG1007",
        "The generator failed on a model",
        "The CoreMLGen generator failed on model '{0}': {1}; please report this with the model's descriptor",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor AdditionalFunctions = Create(
        "CMLG1008",
        "Model has several functions",
        "Model '{0}' has functions {1}; typed inputs and outputs are generated for each, and predictions use the default function '{2}' unless the model is loaded for another (LoadAsync with the model's Function enum, or MLModelConfiguration.FunctionName)",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor InvalidModelInterface = Create(
        "CMLG1009",
        "Invalid model interface",
        "Model '{0}' has no usable interface: {1}; features and functions are found by name, so the model must be fixed or re-exported",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateModelPath = Create(
        "CMLG1010",
        "Two models have the same project path",
        "Two CoreMLModel items have the project path '{0}' (check their Link metadata); neither is generated until one is renamed",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor StatePairMatchedByName = Create(
        "CMLG1011",
        "State pair matched by name",
        "Model '{0}' feeds output '{2}' back into input '{1}' between predictions because their names and types match; the network's wiring could not confirm it, so check that '{2}' is the next value of '{1}'",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor StatePairNotPlumbed = Create(
        "CMLG1012",
        "State pair not plumbed",
        "Model '{0}' carries state from output '{2}' to input '{1}', but the generated state type leaves it out: {3}; pass it by hand",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor CustomLayerConflict = Create(
        "CMLG1013",
        "Custom layer class conflict",
        "Custom layer class '{0}' (model '{1}'): {2}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor Int8ArrayOnApple = Create(
        "CMLG1014",
        "Int8 multi-array on an Apple target",
        "Feature '{0}' of model '{1}' is an Int8 multi-array, which the .NET Apple bindings cannot pass (CoreML.MLMultiArrayDataType has no Int8 member); on this target it is an untyped CoreMLGen.FeatureValue, and passing it to Core ML throws",
        DiagnosticSeverity.Warning);

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = typeof(DiagnosticDescriptors)
        .GetFields()
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToDictionary(d => d.Id, StringComparer.Ordinal);

    public static IEnumerable<DiagnosticDescriptor> All => s_byId.Values.OrderBy(d => d.Id, StringComparer.Ordinal);

    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity)
        => new(id, title, message, Category, severity, isEnabledByDefault: true, description: "See docs/diagnostics.md in the CoreMLGen repository.");
}
