namespace CoreMLGen.Generator.Model;

internal sealed record ModelMetadata(string Description, string Author, string License, string Version)
{
    public static readonly ModelMetadata Empty = new(string.Empty, string.Empty, string.Empty, string.Empty);
}

internal sealed record UserDefinedEntry(string Key, string Value);

/// <param name="LabelType">string, int64 or none.</param>
internal sealed record ClassifierRole(string PredictedFeature, string ProbabilitiesFeature, string LabelType);

internal sealed record SubModel(string Path, string Name, string Kind, int SpecVersion);

/// <summary>A function of a multi-function ML Program, with its own interface.</summary>
internal sealed record FunctionDescription(
    string Name,
    bool IsDefault,
    EquatableArray<FeatureDescription> Inputs,
    EquatableArray<FeatureDescription> Outputs,
    EquatableArray<FeatureDescription> States);

/// <summary>Everything a descriptor says about one model: the generator's only knowledge of it.</summary>
internal sealed record ModelDescription(
    int SpecVersion,
    string Kind,
    bool IsUpdatable,
    ModelMetadata Metadata,
    EquatableArray<UserDefinedEntry> UserDefined,
    ClassifierRole? Classifier,
    string? RegressorPredictedFeature,
    EquatableArray<string> ClassLabels,
    EquatableArray<SubModel> SubModels,
    EquatableArray<FunctionDescription> Functions,
    EquatableArray<FeatureDescription> Inputs,
    EquatableArray<FeatureDescription> Outputs,
    EquatableArray<FeatureDescription> States,
    EquatableArray<CustomLayerDescription> CustomLayers,
    EquatableArray<StatePairDescription> StatePairs);
