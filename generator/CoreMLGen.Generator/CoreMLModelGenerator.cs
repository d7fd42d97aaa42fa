using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using CoreMLGen.Generator.Diagnostics;
using CoreMLGen.Generator.Emitting;
using CoreMLGen.Generator.Model;
using CoreMLGen.Generator.Resolving;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CoreMLGen.Generator;

/// <summary>
/// The Roslyn entry point (the <c>[Generator]</c>): builds the incremental pipeline parse → resolve → emit over
/// <see cref="ModelParser"/> and <see cref="ModelSourceEmitter"/>. Generates typed classes for every Core ML model descriptor the CoreMLGen MSBuild targets add to
/// <c>AdditionalFiles</c>. Inputs are only additional texts and their options: no symbols, syntax or compilation
/// flow through the pipeline (the compilation is reduced to two booleans).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CoreMLModelGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps (used by incremental tests).</summary>
    public static class TrackingNames
    {
        /// <summary>Each descriptor parsed without options.</summary>
        public const string ParsedModels = nameof(ParsedModels);

        /// <summary>Each descriptor item's options (build metadata and root namespace).</summary>
        public const string ItemOptions = nameof(ItemOptions);

        /// <summary>A parsed model with its options applied (names allocated), with that step's diagnostics.</summary>
        public const string ResolvedModels = nameof(ResolvedModels);

        /// <summary>The models whose options resolved (the specs to emit).</summary>
        public const string ModelSpecs = nameof(ModelSpecs);

        /// <summary>What the compilation offers: Core ML, System.Half, the evaluator.</summary>
        public const string Capabilities = nameof(Capabilities);

        /// <summary>Whether the compilation references the managed evaluator.</summary>
        public const string EvaluatorBackend = nameof(EvaluatorBackend);

        /// <summary>Each model resolved for the target (<see cref="TargetResolver"/>): what the emitters print.</summary>
        public const string EmitInputs = nameof(EmitInputs);
    }

    internal const string MetadataPrefix = "build_metadata.AdditionalFiles.";
    internal const string DescriptorKind = "Descriptor";

    /// <summary>The managed backend: referencing this assembly makes the model classes predict through it off Apple.</summary>
    internal const string EvaluatorAssemblyName = "CoreMLGen.Evaluator";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Parse: each descriptor on its own, without any option, so changing an option never re-parses a model.
        IncrementalValuesProvider<ParsedDescriptor> parsed = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => IsDescriptor(pair.Right.GetOptions(pair.Left)))
            .Select(static (pair, _) => pair.Left)
            .Select(static (text, cancellationToken) => ModelParser.ParseDescriptor(text.Path, text.GetText(cancellationToken)?.ToString() ?? string.Empty, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedModels);

        // Options: the build metadata of each descriptor item and the project's root namespace.
        IncrementalValuesProvider<ItemOptions> itemOptions = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => IsDescriptor(pair.Right.GetOptions(pair.Left)))
            .Select(static (pair, _) => ReadOptions(pair.Left.Path, pair.Right.GetOptions(pair.Left), pair.Right.GlobalOptions))
            .WithTrackingName(TrackingNames.ItemOptions);

        // Resolve: options meet the parsed model (names, namespace, access). Cheap; unchanged results stop here.
        IncrementalValuesProvider<ParsedModel> resolved = itemOptions
            .Combine(parsed.Collect())
            .Select(static (pair, _) => ModelParser.Resolve(FindParsed(pair.Right, pair.Left.DescriptorPath), pair.Left))
            .WithTrackingName(TrackingNames.ResolvedModels);

        IncrementalValueProvider<bool> hasEvaluator = context.CompilationProvider
            .Select(static (compilation, _) => compilation.ReferencedAssemblyNames.Any(static a => string.Equals(a.Name, EvaluatorAssemblyName, StringComparison.Ordinal)))
            .WithTrackingName(TrackingNames.EvaluatorBackend);

        IncrementalValueProvider<TargetCapabilities> capabilities = context.CompilationProvider
            .Select(static (compilation, _) => new TargetCapabilities(
                compilation.GetTypeByMetadataName("CoreML.MLModel") is not null,
                compilation.GetTypeByMetadataName("System.Half") is not null))
            .Combine(hasEvaluator)
            .Select(static (pair, _) => pair.Left with { HasEvaluator = pair.Right })
            .WithTrackingName(TrackingNames.Capabilities);

        IncrementalValuesProvider<ModelSpec> specs = resolved
            .Where(static p => p.Spec is not null)
            .Select(static (p, _) => p.Spec!)
            .WithTrackingName(TrackingNames.ModelSpecs);

        // Diagnostics travel separately from source, so a diagnostic change does not re-emit code.
        context.RegisterSourceOutput(parsed.Select(static (p, _) => p.Diagnostics), static (spc, diagnostics) => Report(spc, diagnostics));
        context.RegisterSourceOutput(resolved.Select(static (p, _) => p.Diagnostics), static (spc, diagnostics) => Report(spc, diagnostics));

        // Two items with the same project path (e.g. equal Link metadata) would want the same hint name, which makes
        // Roslyn drop the generator's whole output. Such models are not emitted; the set is usually empty and equal
        // between runs, so combining with it keeps every other model cached.
        IncrementalValueProvider<EquatableArray<string>> clashingHintNames = specs
            .Select(static (spec, _) => spec.Target.HintName)
            .Collect()
            .Select(static (names, _) => ModelSourceEmitter.Duplicates(names));

        // Resolve for the target: the backend, each feature's C# type and conversions, availability. Emitting prints.
        IncrementalValuesProvider<TargetedModel> emitInputs = specs
            .Combine(capabilities)
            .Combine(clashingHintNames)
            .Where(static input => !input.Right.Contains(input.Left.Left.Target.HintName))
            .Select(static (input, _) => TargetResolver.Resolve(input.Left.Left, input.Left.Right))
            .WithTrackingName(TrackingNames.EmitInputs);

        context.RegisterSourceOutput(emitInputs, static (spc, input) => EmitModel(spc, input));

        IncrementalValueProvider<ImmutableArray<ModelSpec>> allSpecs = specs.Collect();
        context.RegisterSourceOutput(allSpecs, static (spc, all) =>
        {
            foreach (DiagnosticInfo diagnostic in ModelSourceEmitter.Clashes(all))
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        // A custom layer class is generated once per namespace however many layers and models use it.
        IncrementalValueProvider<ResolvedCustomLayers> customLayers = specs
            .Select(static (spec, _) => spec.CustomLayers)
            .Collect()
            .Select(static (all, _) => CustomLayerClassBuilder.BuildAll(all.SelectMany(uses => uses)))
            .Combine(capabilities)
            .Select(static (pair, _) => TargetResolver.ResolveCustomLayers(pair.Left.Classes, pair.Left.Diagnostics, pair.Right));
        context.RegisterSourceOutput(customLayers, static (spc, layers) => EmitCustomLayers(spc, layers));

        // The Apple conversions are shared by all models: emitted once, and only when there is a model.
        IncrementalValueProvider<bool> needsInterop = allSpecs
            .Select(static (all, _) => all.Length > 0)
            .Combine(capabilities)
            .Select(static (pair, _) => pair.Left && pair.Right.HasAppleCoreML);
        context.RegisterSourceOutput(needsInterop, static (spc, needed) =>
        {
            if (needed)
            {
                spc.AddSource(AppleInteropEmitter.HintName, SourceText.From(AppleInteropEmitter.Emit(ModelSourceEmitter.ToolVersion), Encoding.UTF8));
            }
        });
    }

    private static void EmitModel(SourceProductionContext context, TargetedModel targeted)
    {
        Report(context, targeted.Diagnostics);
        if (targeted.Model is not { } model)
        {
            return;
        }

        IReadOnlyList<GeneratedSource> sources;
        try
        {
            sources = ModelSourceEmitter.Emit(model, ModelSourceEmitter.ToolVersion);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Never throw into the compiler: an emitter bug becomes a diagnostic on the model.
            context.ReportDiagnostic(TargetResolver.Failure(model.Target.SourceModelPath, model.Target.RelativePath, exception).ToDiagnostic());
            return;
        }

        AddSources(context, sources);
    }

    private static void EmitCustomLayers(SourceProductionContext context, ResolvedCustomLayers layers)
    {
        Report(context, layers.Diagnostics);
        foreach (CustomLayerClassSpec layer in layers.Classes)
        {
            IReadOnlyList<GeneratedSource> sources;
            try
            {
                sources = ModelSourceEmitter.EmitCustomLayerClass(layer, layers, ModelSourceEmitter.ToolVersion);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                context.ReportDiagnostic(TargetResolver.Failure(string.Empty, layer.ObjectiveCName, exception).ToDiagnostic());
                continue;
            }

            AddSources(context, sources);
        }
    }

    private static void AddSources(SourceProductionContext context, IReadOnlyList<GeneratedSource> sources)
    {
        foreach (GeneratedSource source in sources)
        {
            context.AddSource(source.HintName, SourceText.From(source.Text, Encoding.UTF8));
        }
    }

    private static bool IsDescriptor(AnalyzerConfigOptions options)
        => options.TryGetValue(MetadataPrefix + "CoreMLGenKind", out string? kind) && kind == DescriptorKind;

    /// <summary>The parsed descriptor at a path (item options and parsed descriptors come from the same additional texts).</summary>
    private static ParsedDescriptor FindParsed(ImmutableArray<ParsedDescriptor> all, string descriptorPath)
    {
        foreach (ParsedDescriptor parsed in all)
        {
            if (string.Equals(parsed.DescriptorPath, descriptorPath, StringComparison.Ordinal))
            {
                return parsed;
            }
        }

        return new ParsedDescriptor(descriptorPath, null, EquatableArray<DiagnosticInfo>.Empty);
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (DiagnosticInfo diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    private static ItemOptions ReadOptions(string descriptorPath, AnalyzerConfigOptions options, AnalyzerConfigOptions global)
    {
        string Get(AnalyzerConfigOptions source, string key) => source.TryGetValue(key, out string? value) && value is not null ? value.Trim() : string.Empty;
        string rootNamespace = Get(global, "build_property.RootNamespace");
        return new ItemOptions(
            descriptorPath,
            Get(options, MetadataPrefix + "CoreMLGenSourceModel"),
            Get(options, MetadataPrefix + "CoreMLGenRelativePath").Replace('\\', '/'),
            Get(options, MetadataPrefix + "CoreMLGenClassName"),
            Get(options, MetadataPrefix + "CoreMLGenNamespace"),
            Get(options, MetadataPrefix + "CoreMLGenAccess"),
            Get(options, MetadataPrefix + "CoreMLGenBundleName").Replace('\\', '/'),
            rootNamespace)
        {
            ResourceName = Get(options, MetadataPrefix + "CoreMLGenResourceName"),
        };
    }
}
