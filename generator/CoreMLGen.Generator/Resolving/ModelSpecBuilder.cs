using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CoreMLGen.Generator.Diagnostics;
using CoreMLGen.Generator.Model;
using CoreMLGen.Generator.Naming;

namespace CoreMLGen.Generator.Resolving;

/// <summary>
/// Turns a parsed descriptor plus item options into a <see cref="ModelSpec"/>: validates the options, picks the
/// type names and allocates every member name, reporting each collision.
/// </summary>
internal static class ModelSpecBuilder
{
    public const string InputSuffix = "Input";
    public const string OutputSuffix = "Output";

    /// <summary>
    /// Members the emitters declare on the model class (portable and Apple layers): the class cannot have one of
    /// these names (CS0542), so a class name derived from the file gets a "Model" suffix instead.
    /// </summary>
    public static readonly IReadOnlyCollection<string> ModelClassMemberNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "SpecificationVersion", "ModelKind", "MetadataDescription", "MetadataAuthor", "MetadataLicense", "MetadataVersion",
        "BundleResourceName", "UserDefinedMetadata", "InputFeatureNames", "OutputFeatureNames", "StateFeatureNames",
        "FunctionNames", "DefaultFunctionName", "PredictedFeatureName", "PredictedProbabilitiesName", "ClassLabels",
        "Model", "UrlOfModelInThisBundle", "TryCreate", "LoadAsync", "Predict", "TryPredict", "PredictAsync",
        "PredictBatch", "Load", "LoadNativeModel", "CreateWithConfiguration", "MakeState", "StartSession", "GetFunctionName", "CreateConfiguration",
        "Function", "DefaultFunction", "Evaluator", "EmbeddedSpecResourceName", "RegisterCustomLayers",
    };

    /// <summary>The method <c>FooInput</c> gets when the model has recurrent state (a feature cannot have this name).</summary>
    public const string SetStateMethod = "SetState";

    /// <summary>The property <c>FooOutput</c> gets when the model has recurrent state (a feature cannot have this name).</summary>
    public const string NextStateProperty = "NextState";

    public static ModelSpec? Build(ItemOptions options, ModelDescription model, List<DiagnosticInfo> diagnostics)
    {
        string modelPath = options.SourceModelPath.Length > 0 ? options.SourceModelPath : options.DescriptorPath;
        string relativePath = options.RelativePath.Length > 0 ? options.RelativePath : Path.GetFileName(options.DescriptorPath);
        bool valid = true;

        string className;
        if (options.ClassName.Length > 0)
        {
            className = options.ClassName;
            if (!Identifiers.IsValidIdentifier(className.TrimStart('@')))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidItemMetadata, modelPath, 0, 0, "ClassName", className, "not a valid C# identifier"));
                valid = false;
            }
            else if (ModelClassMemberNames.Contains(className.TrimStart('@')))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidItemMetadata, modelPath, 0, 0, "ClassName", className, "the generated model class has a member of that name"));
                valid = false;
            }
        }
        else
        {
            className = Identifiers.ToTypeName(ModelFileStem(relativePath));
            if (ModelClassMemberNames.Contains(className))
            {
                className += "Model";
            }
        }

        string ns = options.Namespace.Length > 0 ? options.Namespace : options.RootNamespace;
        if (!Identifiers.IsValidNamespace(ns))
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.InvalidItemMetadata, modelPath, 0, 0,
                options.Namespace.Length > 0 ? "Namespace" : "RootNamespace", ns, "not a valid C# namespace"));
            valid = false;
        }

        bool isPublic = true;
        switch (options.Access.Trim().ToLowerInvariant())
        {
            case "":
            case "public":
                break;
            case "internal":
                isPublic = false;
                break;
            default:
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidItemMetadata, modelPath, 0, 0, "Access", options.Access, "use public or internal"));
                valid = false;
                break;
        }

        if (!valid)
        {
            return null;
        }

        // Features and functions are found by name: a model whose names cannot be told apart has no usable interface.
        List<string> problems = InterfaceSpecBuilder.Problems(model);
        if (problems.Count > 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidModelInterface, modelPath, 0, 0, className.TrimStart('@'), string.Join("; ", problems)));
            return null;
        }

        string bundleName = options.BundleName.Length > 0 ? options.BundleName : StripExtension(relativePath);
        var target = new GenerationTarget(ns, className, isPublic, HintNames.FromRelativePath(relativePath), modelPath, relativePath, bundleName)
        {
            ResourceName = options.ResourceName,
        };

        var interfaces = new List<InterfaceSpec>();
        string typeStem = className.TrimStart('@');
        if (model.Functions.Count == 0)
        {
            interfaces.Add(InterfaceSpecBuilder.Build(target, string.Empty, true, typeStem, model.Inputs, model.Outputs, model.States, model, diagnostics) with
            {
                StateClassName = model.States.Count > 0 ? typeStem + "State" : string.Empty,
                MakeStateMethod = model.States.Count > 0 ? "MakeState" : string.Empty,
            });
        }
        else
        {
            // Function names that differ only in punctuation ("a-b", "a_b") must still give distinct types.
            var takenTypes = new HashSet<string>(StringComparer.Ordinal) { typeStem };
            foreach (FunctionDescription function in model.Functions.OrderBy(f => f.IsDefault ? 0 : 1))
            {
                string preferred = function.IsDefault ? typeStem : typeStem + Identifiers.ToPascalCase(function.Name);
                string stem = preferred;
                for (int counter = 2; takenTypes.Contains(stem + InputSuffix) || takenTypes.Contains(stem + OutputSuffix); counter++)
                {
                    stem = Identifiers.WithSuffix(preferred, counter);
                }

                takenTypes.Add(stem + InputSuffix);
                takenTypes.Add(stem + OutputSuffix);
                bool stateful = function.States.Count > 0 && takenTypes.Add(stem + "State");
                interfaces.Add(InterfaceSpecBuilder.Build(target, function.Name, function.IsDefault, stem, function.Inputs, function.Outputs, function.States, model, diagnostics) with
                {
                    StateClassName = stateful ? stem + "State" : string.Empty,
                    MakeStateMethod = stateful ? "Make" + stem.Substring(typeStem.Length) + "State" : string.Empty,
                });
            }

            interfaces = FunctionMembers(interfaces);

            if (model.Functions.Count > 1)
            {
                FunctionDescription? defaultFunction = model.Functions.FirstOrDefault(f => f.IsDefault);
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.AdditionalFunctions, modelPath, 0, 0, className.TrimStart('@'),
                    string.Join(", ", model.Functions.Select(f => "'" + f.Name + "'")), defaultFunction?.Name ?? model.Functions[0].Name));
            }
        }

        var typeNames = new HashSet<string>(StringComparer.Ordinal) { typeStem };
        typeNames.UnionWith(interfaces.SelectMany(i => new[] { i.InputClassName, i.OutputClassName, i.StateClassName }).Where(n => n.Length > 0));
        string functionEnum = model.Functions.Count > 0 ? typeStem + "Function" : string.Empty;
        if (functionEnum.Length > 0)
        {
            typeNames.Add(functionEnum);
        }

        RecurrentStateSpec? recurrent = model.Functions.Count == 0 && model.StatePairs.Count > 0
            ? RecurrentStateBuilder.Build(target, model, interfaces[0], typeStem, typeNames, diagnostics)
            : null;
        return new ModelSpec(target, model, interfaces.ToEquatableArray())
        {
            RecurrentState = recurrent,
            CustomLayers = CustomLayerUses(target, model, typeNames, diagnostics),
            FunctionEnumName = functionEnum,
        };
    }

    /// <summary>The function enum's members: each function's name in PascalCase, unique.</summary>
    private static List<InterfaceSpec> FunctionMembers(List<InterfaceSpec> interfaces)
    {
        var names = new MemberNameAllocator(new[] { "value__" });
        return interfaces.Select(api => api with { FunctionMember = names.Allocate(Identifiers.ToPascalCase(api.FunctionName), Array.Empty<string>(), out _) }).ToList();
    }

    /// <summary>One use per custom layer class of the model, named after the Objective-C class where it is an identifier.</summary>
    private static EquatableArray<CustomLayerUse> CustomLayerUses(GenerationTarget target, ModelDescription model, HashSet<string> typeNames, List<DiagnosticInfo> diagnostics)
    {
        var uses = new List<CustomLayerUse>();
        foreach (IGrouping<string, CustomLayerDescription> layers in model.CustomLayers.GroupBy(l => l.ClassName, StringComparer.Ordinal))
        {
            if (layers.Key.Length == 0)
            {
                // Core ML rejects such a model; there is no class to generate.
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CustomLayerConflict, target.SourceModelPath, 0, 0, string.Empty, target.DisplayName, "layer '" + layers.First().LayerName + "' has no class name, so no class is generated for it"));
                continue;
            }

            string preferred = Identifiers.ToTypeName(layers.Key);
            string className = preferred;
            if (typeNames.Contains(className.TrimStart('@')))
            {
                string stem = preferred.TrimStart('@') + "Layer";
                className = stem;
                for (int counter = 2; typeNames.Contains(className); counter++)
                {
                    className = Identifiers.WithSuffix(stem, counter);
                }
            }

            if (className != preferred || !Identifiers.IsValidIdentifier(layers.Key))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.CustomLayerConflict, target.SourceModelPath, 0, 0, layers.Key, target.DisplayName,
                    "it is generated as the C# class " + className.TrimStart('@') + " (its name " + (className != preferred ? "is taken by another generated type" : "is not a C# identifier") + "); Core ML still finds it by its Objective-C name"));
            }

            typeNames.Add(className.TrimStart('@'));
            uses.Add(new CustomLayerUse(target.Namespace, target.IsPublic, className, layers.Key, target.DisplayName, target.RelativePath, target.SourceModelPath, layers.ToEquatableArray()));
        }

        return uses.ToEquatableArray();
    }

    private static string ModelFileStem(string relativePath)
    {
        string fileName = relativePath.Replace('\\', '/');
        fileName = fileName.Substring(fileName.LastIndexOf('/') + 1);
        return StripExtension(fileName);
    }

    private static string StripExtension(string path)
    {
        int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        int dot = path.LastIndexOf('.');
        return dot > slash + 1 ? path.Substring(0, dot) : path;
    }
}
