namespace CoreMLGen.Generator.Model;

/// <summary>The per-item options the MSBuild targets pass as <c>AdditionalFiles</c> metadata.</summary>
internal sealed record ItemOptions(
    string DescriptorPath,
    string SourceModelPath,
    string RelativePath,
    string ClassName,
    string Namespace,
    string Access,
    string BundleName,
    string RootNamespace)
{
    /// <summary>
    /// The manifest resource name under which the build embedded the model's spec (off Apple platforms); empty when
    /// the spec is not embedded (Apple targets, <c>CoreMLGenEmbedModelSpecs=false</c>, or a tool other than the build).
    /// </summary>
    public string ResourceName { get; init; } = string.Empty;
}

/// <summary>Where and how one model's code is generated.</summary>
/// <param name="Namespace">Empty for the global namespace.</param>
/// <param name="HintName">Unique per project-relative path, without the <c>.g.cs</c> suffix.</param>
/// <param name="BundleName">Resource name of the compiled model in the app bundle, without extension.</param>
internal sealed record GenerationTarget(
    string Namespace,
    string ClassName,
    bool IsPublic,
    string HintName,
    string SourceModelPath,
    string RelativePath,
    string BundleName)
{
    /// <summary>The manifest resource holding the model's embedded spec; empty when the build did not embed it.</summary>
    public string ResourceName { get; init; } = string.Empty;

    /// <summary>The class name for text (docs, messages): without the <c>@</c> of an escaped identifier.</summary>
    public string DisplayName => ClassName.TrimStart('@');
}

/// <summary>One feature with the C# names allocated for it.</summary>
internal sealed record FeatureSpec(FeatureDescription Feature, string PropertyName, string ParameterName, string FieldName)
{
    public string Name => Feature.Name;

    public FeatureType Type => Feature.Type;
}

/// <summary>An Input/Output class pair: the whole model, or one function of a multi-function model.</summary>
/// <param name="FunctionName">Empty for a single-function model.</param>
internal sealed record InterfaceSpec(
    string FunctionName,
    bool IsDefault,
    string InputClassName,
    string OutputClassName,
    EquatableArray<FeatureSpec> Inputs,
    EquatableArray<FeatureSpec> Outputs,
    EquatableArray<FeatureSpec> States)
{
    /// <summary>The typed MLState handle of a stateful interface (<c>FooState</c>); empty when it has no states.</summary>
    public string StateClassName { get; init; } = string.Empty;

    /// <summary>The model method that makes that state (<c>MakeState</c>, or <c>MakeDecodeState</c> for function decode).</summary>
    public string MakeStateMethod { get; init; } = string.Empty;

    /// <summary>The function's member of the model's function enum; empty for a single-function model.</summary>
    public string FunctionMember { get; init; } = string.Empty;
}

/// <summary>Everything the emitter needs for one model: equatable, so Roslyn caches it between edits.</summary>
internal sealed record ModelSpec(GenerationTarget Target, ModelDescription Model, EquatableArray<InterfaceSpec> Interfaces)
{
    public InterfaceSpec DefaultInterface => Interfaces[0];

    /// <summary>The recurrent state carried between predictions (from the descriptor's state pairs), or null.</summary>
    public RecurrentStateSpec? RecurrentState { get; init; }

    /// <summary>The custom layer classes the model needs, one per class.</summary>
    public EquatableArray<CustomLayerUse> CustomLayers { get; init; } = EquatableArray<CustomLayerUse>.Empty;

    /// <summary>The enum naming the functions of a multi-function model (<c>FooFunction</c>); empty otherwise.</summary>
    public string FunctionEnumName { get; init; } = string.Empty;
}

/// <summary>What the compilation offers the generated code (reduced to booleans so it caches well).</summary>
internal sealed record TargetCapabilities(bool HasAppleCoreML, bool HasHalf)
{
    /// <summary>
    /// True when the compilation references the managed evaluator (assembly <c>CoreMLGen.Evaluator</c>): off Apple
    /// platforms the model class then loads and predicts through it.
    /// </summary>
    public bool HasEvaluator { get; init; }

    public static readonly TargetCapabilities Portable = new(false, true);
}
