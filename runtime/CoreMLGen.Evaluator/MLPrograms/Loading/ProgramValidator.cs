using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CoreML.Specification.MILSpec;
using CoreMLGen.Evaluation.MLPrograms.Compilation;
using CoreMLGen.Evaluation.MLPrograms.Ops;
using CoreMLGen.Evaluation.MLPrograms.Reading;

namespace CoreMLGen.Evaluation.MLPrograms.Loading;

/// <summary>
/// The structural checks made once at load, before any value is computed: every op type known (all unknown ones are
/// reported together, with counts), every name defined once and before its use (a later definition means a cycle or
/// an out-of-order program; no definition, a dangling name), and every block output defined.
/// </summary>
internal static class ProgramValidator
{
    public static void Validate(SelectedFunction selected, string where)
    {
        string location = where + ", function '" + selected.Name + "'";
        var unknown = selected.Block.Operations
            .Where(op => !OpRegistry.IsKnown(op.Type))
            .GroupBy(op => op.Type, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key + " ×" + g.Count().ToString(CultureInfo.InvariantCulture))
            .ToList();
        if (unknown.Count > 0)
        {
            throw new ModelLoadException(location + ": the ML Program uses ops the evaluator does not run: " + string.Join(", ", unknown) + ".",
                layerType: string.Join(",", selected.Block.Operations.Where(op => !OpRegistry.IsKnown(op.Type)).Select(op => op.Type).Distinct()));
        }

        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (NamedValueType input in selected.Function.Inputs)
        {
            if (!defined.Add(input.Name))
            {
                throw new ModelLoadException(location + ": the input '" + input.Name + "' is declared twice.");
            }
        }

        var definedLater = new HashSet<string>(selected.Block.Operations.SelectMany(op => op.Outputs).Select(o => o.Name), StringComparer.Ordinal);
        for (int index = 0; index < selected.Block.Operations.Count; index++)
        {
            Operation op = selected.Block.Operations[index];
            string opLocation = OpLocation(location, index, op);
            if (op.Blocks.Count > 0)
            {
                throw new ModelLoadException(opLocation + ": ops with nested blocks (control flow) are not supported.", OutputName(op), op.Type);
            }

            foreach (var input in op.Inputs.OrderBy(i => i.Key, StringComparer.Ordinal))
            {
                foreach (Argument.Types.Binding binding in input.Value.Arguments)
                {
                    if (binding.BindingCase == Argument.Types.Binding.BindingOneofCase.None)
                    {
                        throw new ModelLoadException(opLocation + ": its input '" + input.Key + "' has an argument with neither a name nor a value.", OutputName(op), op.Type);
                    }

                    if (binding.BindingCase == Argument.Types.Binding.BindingOneofCase.Name && !defined.Contains(binding.Name))
                    {
                        string why = definedLater.Contains(binding.Name)
                            ? "is only defined by a later op (a cycle, or ops out of order)"
                            : "is not defined anywhere (a dangling name)";
                        throw new ModelLoadException(opLocation + ": its input '" + input.Key + "' names the value '" + binding.Name + "', which " + why + ".", OutputName(op), op.Type);
                    }
                }
            }

            if (op.Outputs.Count == 0)
            {
                throw new ModelLoadException(opLocation + ": the op has no outputs.", null, op.Type);
            }

            foreach (NamedValueType output in op.Outputs)
            {
                if (!defined.Add(output.Name))
                {
                    throw new ModelLoadException(opLocation + ": the value '" + output.Name + "' is defined twice.", output.Name, op.Type);
                }
            }
        }

        var returned = new HashSet<string>(StringComparer.Ordinal);
        foreach (string output in selected.Block.Outputs)
        {
            if (!returned.Add(output))
            {
                throw new ModelLoadException(location + ": the block output '" + output + "' is listed twice.");
            }

            if (!defined.Contains(output))
            {
                throw new ModelLoadException(location + ": the block output '" + output + "' is not produced by any op (a dangling name).");
            }
        }
    }

    public static string OpLocation(string functionLocation, int index, Operation op) =>
        functionLocation + ", op #" + index.ToString(CultureInfo.InvariantCulture) + " '" + op.Type + "' (output '" + OutputName(op) + "')";

    public static string OutputName(Operation op) => op.Outputs.Count > 0 ? op.Outputs[0].Name : "?";
}
