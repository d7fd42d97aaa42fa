using System.Collections.Generic;

namespace CoreMLGen.Spec.Interface;

/// <summary>
/// What a Core ML model exposes to code: its kind, metadata, classifier or regressor role, pipeline sub-models and
/// features. Read from the spec's <c>ModelDescription</c> only, which is complete for every model kind.
/// </summary>
public sealed class ModelInterface
{
    public ModelInterface(
        int specVersion,
        string kind,
        bool isUpdatable,
        ModelMetadata metadata,
        ClassifierRole? classifier,
        RegressorRole? regressor,
        IEnumerable<SubModel> subModels,
        IEnumerable<ModelFunction> functions,
        IEnumerable<ModelFeature> inputs,
        IEnumerable<ModelFeature> outputs,
        IEnumerable<ModelFeature> states,
        IEnumerable<StatePair>? statePairs = null,
        IEnumerable<CustomLayer>? customLayers = null)
    {
        SpecVersion = specVersion;
        Kind = kind;
        IsUpdatable = isUpdatable;
        Metadata = metadata;
        Classifier = classifier;
        Regressor = regressor;
        SubModels = ReadOnly.Copy(subModels);
        Functions = ReadOnly.Copy(functions);
        Inputs = ReadOnly.Copy(inputs);
        Outputs = ReadOnly.Copy(outputs);
        States = ReadOnly.Copy(states);
        StatePairs = ReadOnly.Copy(statePairs);
        CustomLayers = ReadOnly.Copy(customLayers);
    }

    /// <summary>The spec's <c>specificationVersion</c> (1 = iOS 11 … 10 = iOS 26).</summary>
    public int SpecVersion { get; }

    /// <summary>The <c>Model.Type</c> case name as written in the proto (see <see cref="ModelKinds"/>), or <c>unknown</c>.</summary>
    public string Kind { get; }

    public bool IsUpdatable { get; }

    public ModelMetadata Metadata { get; }

    /// <summary>Set when <see cref="Kind"/> is a classifier kind.</summary>
    public ClassifierRole? Classifier { get; }

    /// <summary>Set when <see cref="Kind"/> is a regressor kind.</summary>
    public RegressorRole? Regressor { get; }

    /// <summary>The direct sub-models of a pipeline kind, each with its own sub-models; empty otherwise.</summary>
    public IReadOnlyList<SubModel> SubModels { get; }

    /// <summary>The functions of a multi-function model (spec 9+); empty for ordinary models.</summary>
    public IReadOnlyList<ModelFunction> Functions { get; }

    /// <summary>Top-level inputs (Core ML requires these to be empty for multi-function models).</summary>
    public IReadOnlyList<ModelFeature> Inputs { get; }

    public IReadOnlyList<ModelFeature> Outputs { get; }

    public IReadOnlyList<ModelFeature> States { get; }

    /// <summary>Recurrent state carried from an output back to an input between predictions, in input order.</summary>
    public IReadOnlyList<StatePair> StatePairs { get; }

    /// <summary>Every custom layer, in network order (a class may appear more than once).</summary>
    public IReadOnlyList<CustomLayer> CustomLayers { get; }

    public bool IsMultiFunction => Functions.Count > 0;
}
