using System.Linq;
using CoreML.Specification.MILSpec;
using MilType = CoreML.Specification.MILSpec.DataType;
using MilValueType = CoreML.Specification.MILSpec.ValueType;

namespace CoreMLGen.Testing.Builders;

/// <summary>The pieces of an ML Program's block built in code: ops, constants and tensor types.</summary>
public static class MilOperations
{
    /// <summary>An op with one output of unknown shape; each input is a parameter and its name (several names joined by '|').</summary>
    public static Operation Op(string type, string output, MilType outputType, params (string Parameter, string Names)[] inputs)
    {
        var op = new Operation { Type = type };
        foreach ((string parameter, string names) in inputs)
        {
            var argument = new Argument();
            argument.Arguments.AddRange(names.Split('|').Select(name => new Argument.Types.Binding { Name = name }));
            op.Inputs[parameter] = argument;
        }

        op.Outputs.Add(new NamedValueType { Name = output, Type = new MilValueType { TensorType = new TensorType { DataType = outputType, Rank = -1 } } });
        return op;
    }

    public static Operation Const(string name, MilType type, long[] shape, TensorValue value)
    {
        var op = new Operation { Type = "const" };
        MilValueType valueType = Tensor(type, shape);
        op.Outputs.Add(new NamedValueType { Name = name, Type = valueType });
        op.Attributes["val"] = new Value { Type = valueType, ImmediateValue = new Value.Types.ImmediateValue { Tensor = value } };
        return op;
    }

    public static MilValueType Tensor(MilType type, long[] shape)
    {
        var tensor = new TensorType { DataType = type, Rank = shape.Length };
        tensor.Dimensions.AddRange(shape.Select(d => new Dimension { Constant = new Dimension.Types.ConstantDimension { Size = (ulong)d } }));
        return new MilValueType { TensorType = tensor };
    }

    /// <summary>A function input of state type (iOS 18) wrapping a tensor.</summary>
    public static MilValueType State(MilType type, long[] shape) => new() { StateType = new StateType { WrappedType = Tensor(type, shape) } };
}
