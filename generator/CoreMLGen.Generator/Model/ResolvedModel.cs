using CoreMLGen.Generator.Diagnostics;

namespace CoreMLGen.Generator.Model;

/// <summary>What runs the model class, chosen from the compilation in the resolve step.</summary>
internal enum Backend
{
    /// <summary>Neither Core ML nor the managed evaluator: <c>Load()</c> is a compile error saying what to add.</summary>
    None,

    /// <summary>The managed evaluator (<c>CoreMLGen.Evaluator</c> referenced, not an Apple target).</summary>
    Evaluator,

    /// <summary>Core ML (the compilation has <c>CoreML.MLModel</c>).</summary>
    Apple,
}

/// <summary>A documented member printed as it is: its summary and its one-line declaration.</summary>
internal sealed record DocumentedMember(string Summary, string Declaration);

/// <summary>
/// The <c>[SupportedOSPlatform]</c> lines of the Apple layer, resolved from the model's specification version:
/// <see cref="Types"/> for every Apple type of the model, the others for members whose API is newer than the
/// model (empty when it is not).
/// </summary>
internal sealed record AppleAvailability(
    EquatableArray<string> Types,
    EquatableArray<string> Configuration,
    EquatableArray<string> AsyncLoad,
    EquatableArray<string> AsyncPrediction,
    EquatableArray<string> BatchPrediction,
    EquatableArray<string> ImageConversion,
    EquatableArray<string> StateTypes);

/// <summary><c>TopK</c> on a classifier's output: the typed probabilities property and the label type.</summary>
internal sealed record TopKSpec(string ProbabilitiesProperty, string LabelType);

/// <summary>A buffer of an ML Program state that the Apple state handle gives typed access to.</summary>
internal sealed record StateBufferSpec(string Name, string PropertyName, string ArrayType, string ElementType, string Summary);

/// <summary>An interface with every feature resolved for the target.</summary>
/// <param name="HasTypedPredict">True when the backend's typed <c>Predict(feature, ...)</c> overload is generated for it.</param>
/// <param name="ReadsPixelBuffers">True when an output is an image (the Apple output class reads pixel buffers).</param>
internal sealed record ResolvedInterface(
    InterfaceSpec Spec,
    EquatableArray<ResolvedFeature> Inputs,
    EquatableArray<ResolvedFeature> Outputs,
    bool HasTypedPredict,
    TopKSpec? TopK,
    bool ReadsPixelBuffers,
    EquatableArray<StateBufferSpec> StateBuffers)
{
    public string FunctionName => Spec.FunctionName;

    public bool IsDefault => Spec.IsDefault;

    public string InputClassName => Spec.InputClassName;

    public string OutputClassName => Spec.OutputClassName;

    public string StateClassName => Spec.StateClassName;

    public string MakeStateMethod => Spec.MakeStateMethod;

    public EquatableArray<FeatureSpec> States => Spec.States;
}

/// <summary>
/// One model resolved for the compilation's target: the option-resolved <see cref="ModelSpec"/> plus every
/// target-dependent choice (backend, C# types, conversions, availability), so the emitters only print.
/// </summary>
/// <param name="HasRecurrentState">True when the model has plumbed state the target can type (a Float16 state needs System.Half).</param>
/// <param name="Apple">The availability lines; null unless the backend is <see cref="Backend.Apple"/>.</param>
internal sealed record ResolvedModel(
    ModelSpec Spec,
    Backend Backend,
    EquatableArray<ResolvedInterface> Interfaces,
    bool HasRecurrentState,
    AppleAvailability? Apple)
{
    public GenerationTarget Target => Spec.Target;

    public ModelDescription Model => Spec.Model;

    public ResolvedInterface DefaultInterface => Interfaces[0];

    public RecurrentStateSpec? RecurrentState => Spec.RecurrentState;

    public EquatableArray<CustomLayerUse> CustomLayers => Spec.CustomLayers;

    public string FunctionEnumName => Spec.FunctionEnumName;
}

/// <summary>The result of resolving one model for the target: the model to emit (null on failure) and this step's diagnostics.</summary>
internal sealed record TargetedModel(ResolvedModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>The custom layer classes of the compilation, resolved for the target.</summary>
/// <param name="AppleAttributes">The <c>[SupportedOSPlatform]</c> lines of the Apple part; empty when the target is not Apple (no Apple part).</param>
internal sealed record ResolvedCustomLayers(
    EquatableArray<CustomLayerClassSpec> Classes,
    bool HasApplePart,
    EquatableArray<string> AppleAttributes,
    EquatableArray<DiagnosticInfo> Diagnostics);
