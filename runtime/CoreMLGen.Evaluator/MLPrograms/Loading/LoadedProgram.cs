using System;
using System.Collections.Generic;
using System.Linq;
using CoreML.Specification.MILSpec;
using CoreMLGen.Evaluation.MLPrograms.Compilation;
using CoreMLGen.Evaluation.MLPrograms.Ops;
using CoreMLGen.Evaluation.MLPrograms.Reading;

namespace CoreMLGen.Evaluation.MLPrograms.Loading;

/// <summary>
/// A program read once at load: the chosen function and block, validated, with every constant (named <c>const</c>
/// ops and values written inline in op arguments) materialised from the program or its weight file.
/// </summary>
internal sealed class LoadedProgram
{
    private LoadedProgram(string where, SelectedFunction selected, Dictionary<string, MilValue> constants, Dictionary<Argument.Types.Binding, MilValue> inline)
    {
        Where = where;
        Selected = selected;
        Constants = constants;
        InlineValues = inline;
    }

    public string Where { get; }

    public SelectedFunction Selected { get; }

    public IReadOnlyDictionary<string, MilValue> Constants { get; }

    public IReadOnlyDictionary<Argument.Types.Binding, MilValue> InlineValues { get; }

    public static LoadedProgram Load(Program program, string? functionName, ModelFileSource? files, string where)
    {
        SelectedFunction selected = ProgramSelector.Select(program, functionName, where);
        ProgramValidator.Validate(selected, where);
        string functionLocation = where + ", function '" + selected.Name + "'";
        var constants = new Dictionary<string, MilValue>(StringComparer.Ordinal);
        var inline = new Dictionary<Argument.Types.Binding, MilValue>(ReferenceEqualityComparer.Instance);
        using var weights = new WeightFiles(files);
        for (int index = 0; index < selected.Block.Operations.Count; index++)
        {
            Operation op = selected.Block.Operations[index];
            string location = ProgramValidator.OpLocation(functionLocation, index, op);
            if (op.Type == OpRegistry.ConstOp)
            {
                Value value = op.Attributes.TryGetValue("val", out Value? val) ? val
                    : throw new ModelLoadException(location + ": the const has no 'val' attribute.", op.Outputs[0].Name, op.Type);
                string name = op.Outputs[0].Name;
                constants[name] = ConstantReader.Read(name, value, weights, location);
                continue;
            }

            foreach (var argument in op.Inputs.OrderBy(i => i.Key, StringComparer.Ordinal))
            {
                foreach (Argument.Types.Binding binding in argument.Value.Arguments.Where(b => b.BindingCase == Argument.Types.Binding.BindingOneofCase.Value))
                {
                    inline[binding] = ConstantReader.Read(argument.Key, binding.Value, weights, location + ", input '" + argument.Key + "'");
                }
            }
        }

        return new LoadedProgram(where, selected, constants, inline);
    }
}
