using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CoreMLGen.Generator.Diagnostics;
using CoreMLGen.Generator.Model;
using CoreMLGen.Generator.Naming;

namespace CoreMLGen.Generator.Resolving;

/// <summary>
/// One Input/Output class pair of a model (the whole model or one function): checks that its features can be told
/// apart by name, and allocates each feature's property, parameter and field names, reporting collisions.
/// </summary>
internal static class InterfaceSpecBuilder
{
    public static InterfaceSpec Build(
        GenerationTarget target,
        string functionName,
        bool isDefault,
        string typeStem,
        EquatableArray<FeatureDescription> inputs,
        EquatableArray<FeatureDescription> outputs,
        EquatableArray<FeatureDescription> states,
        ModelDescription model,
        List<DiagnosticInfo> diagnostics)
    {
        string inputClass = typeStem + ModelSpecBuilder.InputSuffix;
        string outputClass = typeStem + ModelSpecBuilder.OutputSuffix;

        var inputReserved = new List<string>(Identifiers.InheritedMemberNames) { inputClass, "FeatureNames", "GetFeatureValue" };
        var outputReserved = new List<string>(Identifiers.InheritedMemberNames) { outputClass, "FeatureNames", "GetFeatureValue" };
        if (model.Functions.Count == 0 && model.StatePairs.Count > 0)
        {
            inputReserved.Add(ModelSpecBuilder.SetStateMethod);
            outputReserved.Add(ModelSpecBuilder.NextStateProperty);
        }

        var inputNames = new MemberNameAllocator(inputReserved);
        if (model.Classifier is { ProbabilitiesFeature.Length: > 0 })
        {
            outputReserved.Add("TopK");
        }

        var outputNames = new MemberNameAllocator(outputReserved);

        // States of an ML Program are not inputs or outputs; they only get name constants on the model class.
        var stateNames = new MemberNameAllocator(Array.Empty<string>());
        return new InterfaceSpec(
            functionName,
            isDefault,
            inputClass,
            outputClass,
            Allocate(inputs, inputNames, inputClass, target, diagnostics, isInput: true),
            Allocate(outputs, outputNames, outputClass, target, diagnostics, isInput: false),
            Allocate(states, stateNames, target.ClassName, target, diagnostics, isInput: false));
    }

    /// <summary>Empty or repeated feature names, and repeated function names (the top-level lists of a multi-function model are not used).</summary>
    public static List<string> Problems(ModelDescription model)
    {
        var problems = new List<string>();
        if (model.Functions.Count == 0)
        {
            FeatureProblems(string.Empty, model.Inputs, model.Outputs, model.States, problems);
            return problems;
        }

        foreach (IGrouping<string, FunctionDescription> repeated in model.Functions.GroupBy(f => f.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add("function '" + repeated.Key + "' is declared " + repeated.Count().ToString(CultureInfo.InvariantCulture) + " times");
        }

        foreach (FunctionDescription function in model.Functions)
        {
            FeatureProblems(" of function '" + function.Name + "'", function.Inputs, function.Outputs, function.States, problems);
        }

        return problems;
    }

    private static void FeatureProblems(string where, EquatableArray<FeatureDescription> inputs, EquatableArray<FeatureDescription> outputs, EquatableArray<FeatureDescription> states, List<string> problems)
    {
        foreach ((string article, string what, EquatableArray<FeatureDescription> features) in new[] { ("an", "input", inputs), ("an", "output", outputs), ("a", "state", states) })
        {
            if (features.Any(f => f.Name.Length == 0))
            {
                problems.Add(article + " " + what + where + " has an empty name");
            }

            foreach (IGrouping<string, FeatureDescription> repeated in features.Where(f => f.Name.Length > 0).GroupBy(f => f.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                problems.Add(what + " '" + repeated.Key + "'" + where + " is declared " + repeated.Count().ToString(CultureInfo.InvariantCulture) + " times");
            }
        }
    }

    private static EquatableArray<FeatureSpec> Allocate(
        EquatableArray<FeatureDescription> features,
        MemberNameAllocator names,
        string owner,
        GenerationTarget target,
        List<DiagnosticInfo> diagnostics,
        bool isInput)
    {
        var result = new List<FeatureSpec>();
        foreach (FeatureDescription feature in features)
        {
            string preferred = Identifiers.ToPascalCase(feature.Name);
            string name = names.Allocate(preferred, DerivedMemberSuffixes(feature.Type.Kind), DerivedMemberPrefixes(feature.Type.Kind, isInput), out string? conflict);
            if (conflict is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.IdentifierCollision, target.SourceModelPath, 0, 0,
                    feature.Name, target.DisplayName, name, conflict, owner.TrimStart('@')));
            }

            result.Add(new FeatureSpec(feature, name, Identifiers.ToParameterName(name), Identifiers.ToFieldName(name)));
        }

        return result.ToEquatableArray();
    }

    /// <summary>The constants generated next to a feature's property (see the emitters).</summary>
    public static IReadOnlyList<string> DerivedMemberSuffixes(FeatureTypeKind kind) => kind switch
    {
        FeatureTypeKind.MultiArray or FeatureTypeKind.State => new[] { "FeatureName", "Shape", "DataType" },
        FeatureTypeKind.Image => new[] { "FeatureName", "Width", "Height", "PixelFormat" },
        _ => new[] { "FeatureName" },
    };

    /// <summary>The methods generated next to an input's property: the Apple layer's image setters (<c>SetImage</c>).</summary>
    public static IReadOnlyList<string> DerivedMemberPrefixes(FeatureTypeKind kind, bool isInput)
        => isInput && kind == FeatureTypeKind.Image ? new[] { "Set" } : Array.Empty<string>();
}
