using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;

namespace CoreMLGen.Spec.Networks;

/// <summary>
/// The name fallback for state pairs: the converters' naming conventions (Keras <c>_in</c>/<c>_out</c> and
/// <c>_in_rev</c>/<c>_out_rev</c>, Turi <c>In</c>/<c>Out</c>, newer converters' <c>x</c>/<c>next_x</c>), with the same
/// declared shape and data type on both sides.
/// </summary>
internal static class StateNameMatcher
{
    public static IEnumerable<(string Input, string Output)> Match(
        IEnumerable<FeatureDescription> inputs,
        IList<FeatureDescription> outputs,
        ISet<string> usedInputs,
        ISet<string> usedOutputs)
    {
        foreach (FeatureDescription input in inputs)
        {
            if (usedInputs.Contains(input.Name))
            {
                continue;
            }

            foreach (string candidate in OutputNames(input.Name))
            {
                FeatureDescription? output = outputs.FirstOrDefault(o => o.Name == candidate);
                if (output is not null && !usedOutputs.Contains(output.Name) && SameArray(input, output))
                {
                    usedInputs.Add(input.Name);
                    usedOutputs.Add(output.Name);
                    yield return (input.Name, output.Name);
                    break;
                }
            }
        }
    }

    /// <summary>The output names the conventions pair with an input name, most specific first.</summary>
    public static IEnumerable<string> OutputNames(string input)
    {
        if (input.EndsWith("_in_rev", System.StringComparison.Ordinal))
        {
            yield return input.Substring(0, input.Length - "_in_rev".Length) + "_out_rev";
        }

        if (input.EndsWith("_in", System.StringComparison.Ordinal))
        {
            yield return input.Substring(0, input.Length - "_in".Length) + "_out";
        }

        if (input.EndsWith("In", System.StringComparison.Ordinal) && input.Length > 2)
        {
            yield return input.Substring(0, input.Length - "In".Length) + "Out";
        }

        yield return "next_" + input;
    }

    private static bool SameArray(FeatureDescription input, FeatureDescription output)
    {
        ArrayFeatureType? a = input.Type?.MultiArrayType, b = output.Type?.MultiArrayType;
        return a is not null && b is not null && a.Shape.Count > 0 && a.DataType == b.DataType && a.Shape.SequenceEqual(b.Shape);
    }
}
