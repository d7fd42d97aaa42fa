using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Features;
using CoreMLGen.Evaluation.MLPrograms.Compilation;
using CoreMLGen.Evaluation.MLPrograms.Loading;
using CoreMLGen.Evaluation.MLPrograms.Reading;
using CoreMLGen.Evaluation.Models;
using MilDataType = CoreML.Specification.MILSpec.DataType;
using MilStateType = CoreML.Specification.MILSpec.StateType;
using MilTensorType = CoreML.Specification.MILSpec.TensorType;

namespace CoreMLGen.Evaluation.MLPrograms;

/// <summary>
/// Runs an ML Program: read and validated once at load (constants materialised, the graph compiled for the declared
/// input shapes), then run per call. Other input shapes compile once more each (the last 8 are kept). Every value is
/// computed in float32; float16 inputs and outputs are converted at the edges and <c>cast</c> ops are honoured.
/// </summary>
internal sealed class MilProgramRunner : ModelRunner
{
    private const int CachedPlans = 8;

    private readonly LoadedProgram _program;
    private readonly ModelDescription _description;
    private readonly string _where;
    private readonly List<(string Key, MilPlan Plan)> _plans = new();

    public MilProgramRunner(Model spec, ModelDescription description, string where, EvaluatorOptions options, ModelFileSource? files)
    {
        _description = description;
        _where = where;
        string? function = !string.IsNullOrEmpty(options.FunctionName) ? options.FunctionName
            : !string.IsNullOrEmpty(spec.Description?.DefaultFunctionName) ? spec.Description!.DefaultFunctionName : null;
        _program = LoadedProgram.Load(spec.MlProgram, function, files, where);
        int[][] shapes = _program.Selected.Function.Inputs.Select(input => input.Type?.StateType is { } state ? StateShape(input.Name, state) : DefaultShape(input.Name, input.Type?.TensorType)).ToArray();
        foreach (string output in description.Output.Select(o => o.Name).Where(o => !_program.Selected.Block.Outputs.Contains(o)))
        {
            throw new ModelLoadException(where + ": the output '" + output + "' is not returned by the program's function '" + _program.Selected.Name + "'.");
        }

        try
        {
            Plan(shapes);
        }
        catch (Exception exception) when (exception is OverflowException or OutOfMemoryException or ArgumentException)
        {
            // Declared shapes whose values cannot be held (e.g. a 2^31 dimension): the model could never predict.
            throw new ModelLoadException(where + ": the program's values at its declared input shapes ["
                + string.Join("; ", shapes.Select(s => string.Join(", ", s))) + "] are too large to hold (" + exception.Message + ").", innerException: exception);
        }
    }

    public override void Run(FeatureSet features)
    {
        var arrays = new MultiArray[_program.Selected.Function.Inputs.Count];
        var shapes = new int[arrays.Length][];
        for (int i = 0; i < arrays.Length; i++)
        {
            string name = _program.Selected.Function.Inputs[i].Name;
            FeatureValue value = features.Require(name);
            arrays[i] = value.Kind == FeatureKind.MultiArray ? value.MultiArrayValue
                : throw new FeatureTypeMismatchException(name, "multi-array", value.Kind.ToString());
            shapes[i] = arrays[i].Shape.ToArray();
        }

        MilPlan plan = Plan(shapes);
        for (int i = 0; i < arrays.Length; i++)
        {
            ArrayConversion.CopyTo<float>(arrays[i], plan.Inputs[i].Span);
        }

        plan.Run();
        for (int i = 0; i < arrays.Length; i++)
        {
            // A state buffer gets back what coreml_update_state wrote into the program's copy.
            if (plan.Inputs[i].IsState)
            {
                ArrayConversion.CopyInto(plan.Inputs[i].Span, arrays[i]);
            }
        }

        foreach (FeatureDescription declared in _description.Output)
        {
            MilValue value = plan.Outputs[declared.Name];
            MultiArrayDataType type = declared.Type?.MultiArrayType is { } array ? ArrayTypes.ToDataType(array.DataType) ?? MultiArrayDataType.Float32 : MultiArrayDataType.Float32;
            features[declared.Name] = FeatureValue.FromMultiArray(ArrayConversion.Create<float>(type, (int[])value.Shape.Clone(), value.Span));
        }
    }

    private MilPlan Plan(int[][] shapes)
    {
        string key = string.Join(";", shapes.Select(s => string.Join(",", s)));
        foreach ((string cached, MilPlan plan) in _plans)
        {
            if (cached == key)
            {
                return plan;
            }
        }

        MilPlan compiled = GraphCompiler.Compile(_program, shapes);
        if (_plans.Count == CachedPlans)
        {
            _plans.RemoveAt(0);
        }

        _plans.Add((key, compiled));
        return compiled;
    }

    // A state input (iOS 18): a tensor the model description declares as a state of the same shape.
    private int[] StateShape(string name, MilStateType state)
    {
        FeatureDescription? declared = _description.State.FirstOrDefault(f => f.Name == name);
        MilTensorType? tensor = state.WrappedType?.TensorType;
        if (declared?.Type?.StateType?.ArrayType is not { } array || tensor is null || tensor.DataType is not (MilDataType.Float32 or MilDataType.Float16))
        {
            throw new ModelLoadException(_where + ": the program's state input '" + name + "' is not a FLOAT32 or FLOAT16 tensor declared as a state array of the model description.");
        }

        int[] shape = array.Shape.Select(d => d is >= 0 and <= int.MaxValue ? (int)d : -1).ToArray();
        bool agrees = tensor.Dimensions.Count == shape.Length && shape.All(d => d >= 0) && tensor.Dimensions
            .Select((d, i) => d.DimensionCase != CoreML.Specification.MILSpec.Dimension.DimensionOneofCase.Constant || (long)d.Constant.Size == shape[i])
            .All(same => same);
        return agrees ? shape
            : throw new ModelLoadException(_where + ": the state '" + name + "' is declared [" + string.Join(", ", array.Shape) + "] in the description, which the program's state type does not match.");
    }

    // The function's declared shape; unknown dimensions come from the model description's default shape.
    private int[] DefaultShape(string name, MilTensorType? tensor)
    {
        FeatureDescription? declared = _description.Input.FirstOrDefault(f => f.Name == name);
        if (tensor is null || declared is null || declared.Type?.TypeCase != FeatureType.TypeOneofCase.MultiArrayType)
        {
            throw new ModelLoadException(_where + ": the program input '" + name + "' is not a multi-array of the model description; "
                + "only multi-array inputs are supported for ML Programs.");
        }

        if (tensor.DataType is not (MilDataType.Float32 or MilDataType.Float16 or MilDataType.Int32))
        {
            throw new ModelLoadException(_where + ": the program input '" + name + "' is " + tensor.DataType.ToString().ToUpperInvariant() + "; FLOAT32, FLOAT16 and INT32 inputs are supported.");
        }

        long[] fallback = declared.Type.MultiArrayType.Shape.ToArray();
        var shape = new int[tensor.Dimensions.Count];
        for (int i = 0; i < shape.Length; i++)
        {
            var dimension = tensor.Dimensions[i];
            long size = dimension.DimensionCase == CoreML.Specification.MILSpec.Dimension.DimensionOneofCase.Constant ? (long)dimension.Constant.Size
                : i < fallback.Length ? fallback[i]
                : throw new ModelLoadException(_where + ": dimension " + i.ToString(CultureInfo.InvariantCulture) + " of the program input '" + name + "' is not fixed and the model description gives no default shape.");
            shape[i] = size is >= 0 and <= int.MaxValue ? (int)size
                : throw new ModelLoadException(_where + ": dimension " + i.ToString(CultureInfo.InvariantCulture) + " of the program input '" + name + "' is " + size.ToString(CultureInfo.InvariantCulture) + ".");
        }

        return shape;
    }
}
