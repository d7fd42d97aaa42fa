using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CoreMLGen.Generator.Diagnostics;
using CoreMLGen.Generator.Model;
using CoreMLGen.Generator.Naming;

namespace CoreMLGen.Generator.Resolving;

/// <summary>
/// Turns the descriptor's state pairs into the members of <c>FooState</c>: each pair whose input and output are
/// multi-arrays of one element type and size, named after what the two feature names share
/// (<c>hiddenIn</c>/<c>hiddenOut</c> → <c>Hidden</c>, <c>lstm_1_h_in_rev</c>/<c>lstm_1_h_out_rev</c> → <c>Lstm1HRev</c>).
/// </summary>
internal static class RecurrentStateBuilder
{
    private static readonly string[] s_objectMembers = { "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "ReferenceEquals" };

    /// <summary>Members every generated state class declares.</summary>
    public static readonly IReadOnlyList<string> StateClassMembers = new[] { "CreateZero", "Clone", "CopyTo" };

    public static RecurrentStateSpec? Build(GenerationTarget target, ModelDescription model, InterfaceSpec api, string typeStem, HashSet<string> typeNames, List<DiagnosticInfo> diagnostics)
    {
        // An ML Program's MLState handle is FooState (as in Xcode); recurrent state then takes a longer name.
        string stateClass = Unique(typeStem + (api.StateClassName.Length > 0 ? "RecurrentState" : "State"), typeNames);
        string sessionClass = Unique(typeStem + "Session", typeNames.Concat(new[] { stateClass }));
        var names = new MemberNameAllocator(s_objectMembers.Concat(StateClassMembers).Append(stateClass));
        var usedInputs = new HashSet<string>(StringComparer.Ordinal);
        var usedOutputs = new HashSet<string>(StringComparer.Ordinal);
        var members = new List<StateMemberSpec>();
        foreach (StatePairDescription pair in model.StatePairs)
        {
            FeatureSpec? input = api.Inputs.FirstOrDefault(f => f.Name == pair.Input);
            FeatureSpec? output = api.Outputs.FirstOrDefault(f => f.Name == pair.Output);
            string? problem = !usedInputs.Add(pair.Input) || !usedOutputs.Add(pair.Output)
                ? "the descriptor pairs one of them twice"
                : Problem(pair, input, output);
            if (problem is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.StatePairNotPlumbed, target.SourceModelPath, 0, 0, target.DisplayName, pair.Input, pair.Output, problem));
                continue;
            }

            if (pair.FoundByName)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.StatePairMatchedByName, target.SourceModelPath, 0, 0, target.DisplayName, pair.Input, pair.Output));
            }

            string property = names.Allocate(Stem(pair.Input, pair.Output) ?? input!.PropertyName, Array.Empty<string>(), out _);
            var array = (ArrayFeatureType)input!.Type;
            int[] shape = array.Shape.Select(d => (int)d).ToArray();
            members.Add(new StateMemberSpec(
                input, output!, property, Identifiers.ToParameterName(property), pair.FoundByName, shape.ToEquatableArray(),
                FeatureTypeMapping.Runtime + "MultiArray<" + FeatureTypeMapping.ElementType(array.DataType) + ">",
                TypeText.Describe(input.Type, isOptional: false)));
        }

        if (members.Count == 0)
        {
            return null;
        }

        typeNames.Add(stateClass);
        typeNames.Add(sessionClass);
        return new RecurrentStateSpec(stateClass, sessionClass, members.ToEquatableArray());
    }

    /// <summary>Why a pair cannot be a typed state member, or null.</summary>
    private static string? Problem(StatePairDescription pair, FeatureSpec? input, FeatureSpec? output)
    {
        if (input is null || output is null)
        {
            return "the model has no " + (input is null ? "input '" + pair.Input + "'" : "output '" + pair.Output + "'");
        }

        if (input.Type is not ArrayFeatureType { Kind: FeatureTypeKind.MultiArray } inType || output.Type is not ArrayFeatureType { Kind: FeatureTypeKind.MultiArray } outType)
        {
            return "both must be multi-arrays";
        }

        if (inType.DataType is ArrayElementType.Unknown or ArrayElementType.Invalid)
        {
            return "'" + pair.Input + "' has no element type the generator knows";
        }

        if (inType.DataType != outType.DataType)
        {
            return "'" + pair.Input + "' holds " + inType.DataType + " values but '" + pair.Output + "' holds " + outType.DataType + " values";
        }

        if (inType.Shape.Count == 0 || inType.Shape.Any(d => d < 0 || d > int.MaxValue) || Count(inType.Shape) > int.MaxValue)
        {
            return "'" + pair.Input + "' declares no usable shape, so a zero state cannot be made";
        }

        if (FeatureTypeMapping.HasFixedShape(outType) && Count(outType.Shape) != Count(inType.Shape))
        {
            return "'" + pair.Input + "' has " + Count(inType.Shape).ToString(CultureInfo.InvariantCulture) + " values but '" + pair.Output + "' has "
                + Count(outType.Shape).ToString(CultureInfo.InvariantCulture);
        }

        return null;
    }

    /// <summary>
    /// What the input and output names share around their differing middle (<c>stateIn</c>/<c>stateOut</c> →
    /// <c>State</c>, <c>h1</c>/<c>next_h1</c> → <c>H1</c>), in PascalCase; null when they share nothing usable.
    /// </summary>
    public static string? Stem(string input, string output)
    {
        int prefix = 0;
        while (prefix < input.Length && prefix < output.Length && input[prefix] == output[prefix])
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < input.Length - prefix && suffix < output.Length - prefix && input[input.Length - 1 - suffix] == output[output.Length - 1 - suffix])
        {
            suffix++;
        }

        string stem = input.Substring(0, prefix) + "_" + input.Substring(input.Length - suffix);
        return stem.Any(char.IsLetterOrDigit) ? Identifiers.ToPascalCase(stem) : null;
    }

    private static long Count(IEnumerable<long> shape) => shape.Aggregate(1L, (product, d) => product * d);

    private static string Unique(string preferred, IEnumerable<string> taken)
    {
        var set = new HashSet<string>(taken, StringComparer.Ordinal);
        string name = preferred;
        for (int counter = 2; set.Contains(name); counter++)
        {
            name = Identifiers.WithSuffix(preferred, counter);
        }

        return name;
    }
}
