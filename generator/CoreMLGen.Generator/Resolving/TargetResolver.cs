using System;
using System.Collections.Generic;
using System.Linq;
using CoreMLGen.Generator.Diagnostics;
using CoreMLGen.Generator.Model;

namespace CoreMLGen.Generator.Resolving;

/// <summary>
/// The resolve step after options: meets a <see cref="ModelSpec"/> with the compilation's
/// <see cref="TargetCapabilities"/> and decides everything that depends on the target (the backend, each feature's
/// C# type and conversions, which typed overloads exist, the Apple availability), so emitting is printing.
/// </summary>
internal static class TargetResolver
{
    /// <summary>Resolves a model for the target; never throws (a failure becomes a diagnostic).</summary>
    public static TargetedModel Resolve(ModelSpec spec, TargetCapabilities capabilities)
    {
        try
        {
            return new TargetedModel(ResolveModel(spec, capabilities), Diagnostics(spec, capabilities).ToEquatableArray());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new TargetedModel(null, new[] { Failure(spec.Target.SourceModelPath, spec.Target.RelativePath, exception) }.ToEquatableArray());
        }
    }

    public static ResolvedModel ResolveModel(ModelSpec spec, TargetCapabilities capabilities)
    {
        Backend backend = capabilities.HasAppleCoreML ? Backend.Apple : capabilities.HasEvaluator ? Backend.Evaluator : Backend.None;
        var typedPredictSignatures = new HashSet<string>(StringComparer.Ordinal);
        EquatableArray<ResolvedInterface> interfaces = spec.Interfaces
            .Select(api => ResolveInterface(spec, api, capabilities, typedPredictSignatures))
            .ToEquatableArray();
        bool recurrent = spec.RecurrentState is { } state
            && state.Members.All(m => FeatureTypeMapping.IsSupported(m.Input.Type, capabilities) && FeatureTypeMapping.IsSupported(m.Output.Type, capabilities));
        return new ResolvedModel(spec, backend, interfaces, recurrent, backend == Backend.Apple ? AppleAvailabilityOf(spec.Model.SpecVersion) : null);
    }

    /// <summary>The custom layer classes for the target: an Apple part on Apple targets.</summary>
    public static ResolvedCustomLayers ResolveCustomLayers(EquatableArray<CustomLayerClassSpec> classes, EquatableArray<DiagnosticInfo> diagnostics, TargetCapabilities capabilities)
        => new(classes, capabilities.HasAppleCoreML, capabilities.HasAppleCoreML ? Availability.CustomLayers.Attributes().ToEquatableArray() : EquatableArray<string>.Empty, diagnostics);

    public static DiagnosticInfo Failure(string modelPath, string what, Exception exception)
        => DiagnosticInfo.Create(DiagnosticDescriptors.GeneratorFailure, modelPath, 0, 0, what, exception.GetType().Name + ": " + exception.Message);

    /// <summary>Unsupported-type warnings depend on the target (Half, Int8 on Apple).</summary>
    private static IEnumerable<DiagnosticInfo> Diagnostics(ModelSpec spec, TargetCapabilities capabilities)
    {
        foreach (InterfaceSpec api in spec.Interfaces)
        {
            foreach (FeatureSpec feature in api.Inputs.Concat(api.Outputs).Concat(api.States))
            {
                string? reason = FeatureTypeMapping.UnsupportedReason(feature.Type, capabilities);
                if (reason == FeatureTypeMapping.Int8OnAppleReason)
                {
                    yield return DiagnosticInfo.Create(DiagnosticDescriptors.Int8ArrayOnApple, spec.Target.SourceModelPath, 0, 0, feature.Name, spec.Target.DisplayName);
                }
                else if (reason is not null)
                {
                    yield return DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedFeatureType, spec.Target.SourceModelPath, 0, 0, feature.Name, spec.Target.DisplayName, reason);
                }
            }
        }
    }

    private static ResolvedInterface ResolveInterface(ModelSpec spec, InterfaceSpec api, TargetCapabilities capabilities, HashSet<string> typedPredictSignatures)
    {
        EquatableArray<ResolvedFeature> inputs = api.Inputs.Select(f => FeatureResolver.Resolve(f, capabilities)).ToEquatableArray();
        EquatableArray<ResolvedFeature> outputs = api.Outputs.Select(f => FeatureResolver.Resolve(f, capabilities)).ToEquatableArray();

        // Functions with the same input types would declare the same typed overload twice (CS0111): the first (the
        // default function comes first) keeps it, the others are called through their Input class.
        bool typedPredict = inputs.Count > 0 && typedPredictSignatures.Add(string.Join(", ", TypedPredictParameters(inputs).Select(f => f.ClrType + (f.IsOptional && f.IsValueType ? "?" : string.Empty))));

        ClassifierRole? classifier = spec.Model.Classifier;
        FeatureSpec? probabilities = classifier is null
            ? null
            : api.Outputs.FirstOrDefault(f => f.Name == classifier.ProbabilitiesFeature && f.Type is DictionaryFeatureType && FeatureTypeMapping.IsSupported(f.Type, capabilities));
        TopKSpec? topK = probabilities?.Type is DictionaryFeatureType dictionary ? new TopKSpec(probabilities.PropertyName, dictionary.KeyType == ScalarKind.Int64 ? "long" : "string") : null;

        var buffers = new List<StateBufferSpec>();
        foreach (FeatureSpec state in api.States)
        {
            if (state.Type is ArrayFeatureType array && FeatureTypeMapping.IsSupported(array, capabilities))
            {
                buffers.Add(new StateBufferSpec(state.Name, state.PropertyName, FeatureTypeMapping.ClrType(array, capabilities), FeatureTypeMapping.ElementType(array.DataType), TypeText.Summary(state.Feature, includeOptional: false)));
            }
        }

        return new ResolvedInterface(api, inputs, outputs, typedPredict, topK, api.Outputs.Any(f => f.Type is ImageFeatureType), buffers.ToEquatableArray());
    }

    /// <summary>The typed overload's parameters: required features first (C# needs optional parameters last).</summary>
    public static IEnumerable<ResolvedFeature> TypedPredictParameters(IEnumerable<ResolvedFeature> inputs)
    {
        List<ResolvedFeature> all = inputs.ToList();
        return all.Where(f => !f.IsOptional).Concat(all.Where(f => f.IsOptional));
    }

    /// <summary>A model's floor follows its Core ML specification version (as Xcode's <c>@available</c> does); members that use newer APIs raise it.</summary>
    private static AppleAvailability AppleAvailabilityOf(int specVersion)
    {
        Availability floor = Availability.ForSpecVersion(specVersion);
        EquatableArray<string> Raised(Availability api)
        {
            Availability needed = api.Max(floor);
            return needed.Raises(floor) ? needed.Attributes().ToEquatableArray() : EquatableArray<string>.Empty;
        }

        return new AppleAvailability(
            floor.Attributes().ToEquatableArray(),
            Raised(Availability.Configuration),
            Raised(Availability.AsyncLoad),
            Raised(Availability.AsyncPrediction),
            Raised(Availability.BatchPrediction),
            Raised(Availability.ImageConversion),
            Availability.StateApi.Max(floor).Attributes().ToEquatableArray());
    }
}
