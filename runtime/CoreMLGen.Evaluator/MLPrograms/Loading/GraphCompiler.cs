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
/// Compiles a validated function for concrete input shapes: each op's builder infers its output shapes (checked
/// against the shapes the program declares), allocates its buffers once and adds its step.
/// </summary>
internal static class GraphCompiler
{
    public static MilPlan Compile(LoadedProgram program, IReadOnlyList<int[]> inputShapes)
    {
        SelectedFunction selected = program.Selected;
        var values = new Dictionary<string, MilValue>(program.Constants, StringComparer.Ordinal);
        var inputs = new List<MilValue>();
        for (int i = 0; i < selected.Function.Inputs.Count; i++)
        {
            NamedValueType declared = selected.Function.Inputs[i];
            StateType? state = declared.Type?.StateType;
            DataType type = (state?.WrappedType ?? declared.Type)?.TensorType?.DataType ?? DataType.Float32;
            int[] shape = inputShapes[i];
            var input = new MilValue(declared.Name, type, shape, new float[MilValue.ElementCount(shape)], isConstant: false, isState: state is not null);
            values[declared.Name] = input;
            inputs.Add(input);
        }

        var steps = new List<Action>();
        string functionLocation = program.Where + ", function '" + selected.Name + "'";
        for (int index = 0; index < selected.Block.Operations.Count; index++)
        {
            Operation op = selected.Block.Operations[index];
            if (op.Type == OpRegistry.ConstOp)
            {
                continue;
            }

            var context = new OpContext(op, values, program.InlineValues, steps, ProgramValidator.OpLocation(functionLocation, index, op));
            OpRegistry.Build(context);
            if (context.Outputs.Count != op.Outputs.Count)
            {
                throw context.Fail("it declares " + op.Outputs.Count.ToString(CultureInfo.InvariantCulture) + " outputs but computes "
                    + context.Outputs.Count.ToString(CultureInfo.InvariantCulture) + ".");
            }

            for (int o = 0; o < op.Outputs.Count; o++)
            {
                CheckDeclaredShape(context, op.Outputs[o], context.Outputs[o]);
                values[op.Outputs[o].Name] = context.Outputs[o];
            }
        }

        var outputs = selected.Block.Outputs.ToDictionary(name => name, name => values[name], StringComparer.Ordinal);
        return new MilPlan(inputs, steps.ToArray(), outputs);
    }

    // A declared shape that disagrees with the inferred one means the program (or this interpreter) is wrong: refuse.
    private static void CheckDeclaredShape(OpContext context, NamedValueType declared, MilValue value)
    {
        TensorType? tensor = declared.Type?.TensorType;
        if (tensor is null || tensor.Rank < 0 || tensor.Dimensions.Count != tensor.Rank)
        {
            return;
        }

        bool rankDiffers = tensor.Rank != value.Rank;
        bool dimensionDiffers = !rankDiffers && tensor.Dimensions
            .Select((d, i) => d.DimensionCase == Dimension.DimensionOneofCase.Constant && (long)d.Constant.Size != value.Shape[i])
            .Any(differs => differs);
        if (rankDiffers || dimensionDiffers)
        {
            string declaredShape = "[" + string.Join(", ", tensor.Dimensions.Select(d => d.DimensionCase == Dimension.DimensionOneofCase.Constant ? d.Constant.Size.ToString(CultureInfo.InvariantCulture) : "?")) + "]";
            throw context.Fail("its output '" + declared.Name + "' is declared " + declaredShape + " but its inputs give " + OpContext.Shape(value.Shape) + ".");
        }
    }
}
