using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CoreMLGen.Generator.Diagnostics;
using CoreMLGen.Generator.Emitting;
using CoreMLGen.Generator.Model;

namespace CoreMLGen.Generator;

/// <summary>One generated source file.</summary>
internal sealed record GeneratedSource(string HintName, string Text);

/// <summary>
/// Prints one model's C# files from its resolved spec (and the custom layer classes models share). Roslyn-free:
/// <see cref="CoreMLModelGenerator"/>, the Roslyn entry point, calls it from its pipeline.
/// </summary>
internal static class ModelSourceEmitter
{
    public static readonly string ToolVersion =
        typeof(ModelSourceEmitter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(ModelSourceEmitter).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    /// <summary>
    /// Emits the model's files: the portable layer always (the same whatever the backend), then the backend: the
    /// Apple layer when the target has Core ML, otherwise the managed evaluator's when the compilation references it,
    /// otherwise a Load() that says what is missing.
    /// </summary>
    public static IReadOnlyList<GeneratedSource> Emit(ModelSpec spec, TargetCapabilities capabilities, string toolVersion)
    {
        var sources = new List<GeneratedSource>
        {
            new(spec.Target.HintName + ".g.cs", PortableEmitter.Emit(spec, capabilities, toolVersion)),
        };
        if (RecurrentStateEmitter.Applies(spec, capabilities))
        {
            sources.Add(new(spec.Target.HintName + ".State.g.cs", RecurrentStateEmitter.Emit(spec, capabilities, toolVersion)));
        }

        if (capabilities.HasAppleCoreML)
        {
            sources.Add(new(spec.Target.HintName + ".Apple.g.cs", AppleEmitter.Emit(spec, capabilities)));
        }
        else if (capabilities.HasEvaluator)
        {
            sources.Add(new(spec.Target.HintName + ".Evaluator.g.cs", EvaluatorBackendEmitter.Emit(spec, capabilities)));
        }
        else
        {
            sources.Add(new(spec.Target.HintName + ".NoBackend.g.cs", EvaluatorBackendEmitter.EmitMissingBackend(spec)));
        }

        return sources;
    }

    /// <summary>
    /// The custom layer classes of a set of models, one per namespace and class however many layers and models use
    /// it, with the conflicts found while merging them.
    /// </summary>
    public static (IReadOnlyList<GeneratedSource> Sources, EquatableArray<DiagnosticInfo> Diagnostics) EmitCustomLayers(
        IEnumerable<CustomLayerUse> uses, TargetCapabilities capabilities, string toolVersion)
    {
        (EquatableArray<CustomLayerClassSpec> classes, EquatableArray<DiagnosticInfo> diagnostics) = CustomLayerClassBuilder.BuildAll(uses);
        return (EmitCustomLayerClasses(classes, capabilities, toolVersion), diagnostics);
    }

    public static IReadOnlyList<GeneratedSource> EmitCustomLayerClasses(IEnumerable<CustomLayerClassSpec> classes, TargetCapabilities capabilities, string toolVersion)
    {
        var sources = new List<GeneratedSource>();
        foreach (CustomLayerClassSpec layer in classes)
        {
            sources.Add(new(layer.HintName + ".g.cs", CustomLayerEmitter.Emit(layer, toolVersion)));
            if (capabilities.HasAppleCoreML)
            {
                sources.Add(new(layer.HintName + ".Apple.g.cs", AppleCustomLayerEmitter.Emit(layer)));
            }
        }

        return sources;
    }

    /// <summary>Unsupported-type warnings depend on the target (Half), so they are computed at emit time.</summary>
    public static IEnumerable<DiagnosticInfo> TargetDiagnostics(ModelSpec spec, TargetCapabilities capabilities)
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

    /// <summary>The values that occur more than once, sorted (ordinal).</summary>
    public static EquatableArray<string> Duplicates(IEnumerable<string> values)
        => values.GroupBy(v => v, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .OrderBy(v => v, StringComparer.Ordinal)
            .ToEquatableArray();

    /// <summary>Models that clash: the same project path (not generated), or the same type name (reported once per clash).</summary>
    public static IEnumerable<DiagnosticInfo> Clashes(IReadOnlyList<ModelSpec> specs)
    {
        var clashingPaths = new HashSet<string>(Duplicates(specs.Select(s => s.Target.HintName)), StringComparer.Ordinal);
        foreach (ModelSpec spec in specs.Where(s => clashingPaths.Contains(s.Target.HintName)).OrderBy(s => s.Target.SourceModelPath, StringComparer.Ordinal))
        {
            yield return DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateModelPath, spec.Target.SourceModelPath, 0, 0, spec.Target.RelativePath);
        }

        var owners = new Dictionary<string, ModelSpec>(StringComparer.Ordinal);
        foreach (ModelSpec spec in specs.Where(s => !clashingPaths.Contains(s.Target.HintName)).OrderBy(s => s.Target.RelativePath, StringComparer.Ordinal))
        {
            string fullName = spec.Target.Namespace + "." + spec.Target.ClassName.TrimStart('@');
            if (owners.TryGetValue(fullName, out ModelSpec? first))
            {
                yield return DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateGeneratedType, spec.Target.SourceModelPath, 0, 0, first.Target.RelativePath, spec.Target.RelativePath, fullName.TrimStart('.'));
            }
            else
            {
                owners.Add(fullName, spec);
            }
        }
    }
}
