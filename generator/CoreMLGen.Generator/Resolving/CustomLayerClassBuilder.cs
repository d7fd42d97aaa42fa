using System;
using System.Collections.Generic;
using System.Linq;
using CoreMLGen.Generator.Diagnostics;
using CoreMLGen.Generator.Model;
using CoreMLGen.Generator.Naming;

namespace CoreMLGen.Generator.Resolving;

/// <summary>
/// Merges every use of a custom layer class (several layers, several models in one namespace) into the one class
/// that is generated: the union of the parameters, typed when the layers agree (int and long widen to long, and
/// either with double to double), required when every layer sets them.
/// </summary>
internal static class CustomLayerClassBuilder
{
    /// <summary>Members every generated custom layer class declares (the parameter properties must avoid them).</summary>
    public static readonly IReadOnlyList<string> GeneratedMembers = new[]
    {
        "ObjectiveCClassName", "Parameters", "Weights", "WeightCounts", "SetWeights", "GetOutputShapes", "ComputeOutputShapes",
        "Evaluate", "SetWeightData", "EvaluateOnCpu", "Encode",
    };

    /// <summary>One class per namespace and class name, in a stable order, with the conflicts found.</summary>
    public static (EquatableArray<CustomLayerClassSpec> Classes, EquatableArray<DiagnosticInfo> Diagnostics) BuildAll(IEnumerable<CustomLayerUse> uses)
    {
        var diagnostics = new List<DiagnosticInfo>();
        List<IGrouping<(string Namespace, string ClassName), CustomLayerUse>> groups = uses
            .OrderBy(u => u.ModelRelativePath, StringComparer.Ordinal)
            .GroupBy(u => (u.Namespace, u.ClassName))
            .OrderBy(g => g.Key.Namespace, StringComparer.Ordinal)
            .ThenBy(g => g.Key.ClassName, StringComparer.Ordinal)
            .ToList();
        var classes = groups.Select(group => Build(group.ToList(), diagnostics)).ToList();

        // Core ML finds classes by their Objective-C name, which must be unique in the app.
        foreach (IGrouping<string, CustomLayerClassSpec> clash in classes.GroupBy(c => c.ObjectiveCName, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            CustomLayerUse first = groups.First(g => g.First().ObjectiveCName == clash.Key).First();
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.CustomLayerConflict, first.SourceModelPath, 0, 0, clash.Key, first.ModelName,
                "it is generated as " + string.Join(" and ", clash.Select(c => (c.Namespace.Length > 0 ? c.Namespace + "." : string.Empty) + c.ClassName.TrimStart('@')))
                    + ", which register the same Objective-C class; give the models the same Namespace"));
        }

        return (classes.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>Merges the uses of one class (all with the same namespace and class name).</summary>
    public static CustomLayerClassSpec Build(IReadOnlyList<CustomLayerUse> uses, List<DiagnosticInfo> diagnostics)
    {
        CustomLayerUse first = uses[0];
        List<(CustomLayerUse Use, CustomLayerDescription Layer)> layers = uses.SelectMany(use => use.Layers.Select(layer => (use, layer))).ToList();
        var names = new MemberNameAllocator(Identifiers.InheritedMemberNames.Concat(GeneratedMembers).Append(first.ClassName.TrimStart('@')));
        var parameters = new List<CustomParameterSpec>();
        foreach (string name in layers.SelectMany(l => l.Layer.Parameters).Select(p => p.Name).Distinct().OrderBy(n => n, StringComparer.Ordinal))
        {
            List<CustomParameterDescription> set = layers
                .Select(l => l.Layer.Parameters.FirstOrDefault(p => p.Name == name))
                .Where(p => p is not null && p.Type != "none")
                .Select(p => p!)
                .ToList();
            if (set.Count == 0)
            {
                continue;
            }

            string? type = CommonType(set.Select(p => p.Type).Distinct().ToList());
            if (type is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.CustomLayerConflict, first.SourceModelPath, 0, 0, first.ObjectiveCName, first.ModelName,
                    "its layers give parameter '" + name + "' different types (" + string.Join(", ", set.Select(p => p.Type).Distinct()) + "), so it has no typed property; read it from Parameters"));
                continue;
            }

            string property = names.Allocate(Identifiers.ToPascalCase(name), Array.Empty<string>(), out _);
            parameters.Add(new CustomParameterSpec(name, property, type, set.Count == layers.Count, set.Select(p => p.Value).Distinct().ToEquatableArray()));
        }

        EquatableArray<CustomWeightDescription> weights = first.Layers[0].Weights;
        bool weightsDiffer = layers.Any(l => !l.Layer.Weights.Equals(weights));
        return new CustomLayerClassSpec(
            first.Namespace,
            first.IsPublic,
            first.ClassName,
            first.ObjectiveCName,
            layers.Select(l => l.Layer.Description).FirstOrDefault(d => d.Length > 0) ?? string.Empty,
            layers.Select(l => l.Use.ModelName + "/" + l.Layer.LayerName).ToEquatableArray(),
            first.Layers[0].InputCount,
            first.Layers[0].OutputCount,
            weightsDiffer ? EquatableArray<CustomWeightDescription>.Empty : weights,
            weightsDiffer,
            parameters.ToEquatableArray(),
            HintNames.FromRelativePath("CoreMLGen.CustomLayers." + (first.Namespace.Length > 0 ? first.Namespace + "." : string.Empty) + first.ClassName.TrimStart('@')));
    }

    /// <summary>The type every value fits without loss, or null when the layers disagree on the kind of value.</summary>
    private static string? CommonType(IReadOnlyList<string> types)
    {
        if (types.Count == 1)
        {
            return types[0];
        }

        if (types.All(t => t is "int" or "long"))
        {
            return "long";
        }

        return types.All(t => t is "int" or "long" or "double") ? "double" : null;
    }
}
