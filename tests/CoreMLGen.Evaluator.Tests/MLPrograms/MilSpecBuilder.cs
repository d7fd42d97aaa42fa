using System;
using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreML.Specification.MILSpec;
using CoreMLGen.Evaluation;
using Google.Protobuf;
using MilDataType = CoreML.Specification.MILSpec.DataType;
using ValueType = CoreML.Specification.MILSpec.ValueType;

namespace CoreMLGen.Evaluator.Tests.MLPrograms;

/// <summary>Builds an ML Program spec in code: one function <c>main</c> (opset CoreML6), named inputs, constants and ops.</summary>
internal sealed class MilSpecBuilder
{
    private readonly Model _model = new() { SpecificationVersion = 7, Description = new ModelDescription(), MlProgram = new Program { Version = 1 } };
    private readonly Function _function = new() { Opset = "CoreML6" };
    private readonly Block _block = new();

    public MilSpecBuilder()
    {
        _function.BlockSpecializations["CoreML6"] = _block;
        _model.MlProgram.Functions["main"] = _function;
    }

    public Model Model => _model;

    public Block Block => _block;

    public Function Function => _function;

    public MilSpecBuilder Input(string name, int[] shape, MilDataType type = MilDataType.Float32)
    {
        _function.Inputs.Add(new NamedValueType { Name = name, Type = new ValueType { TensorType = TensorType(type, shape) } });
        var array = new ArrayFeatureType { DataType = type switch { MilDataType.Int32 => ArrayFeatureType.Types.ArrayDataType.Int32, MilDataType.Float16 => ArrayFeatureType.Types.ArrayDataType.Float16, _ => ArrayFeatureType.Types.ArrayDataType.Float32 } };
        array.Shape.AddRange(shape.Select(d => (long)d));
        _model.Description.Input.Add(new FeatureDescription { Name = name, Type = new FeatureType { MultiArrayType = array } });
        return this;
    }

    /// <summary>Declares a state input (iOS 18): a function input of state type and a state feature of the description.</summary>
    public MilSpecBuilder State(string name, int[] shape, MilDataType type = MilDataType.Float32)
    {
        _model.SpecificationVersion = 9;
        var wrapped = new ValueType { TensorType = TensorType(type, shape) };
        _function.Inputs.Add(new NamedValueType { Name = name, Type = new ValueType { StateType = new StateType { WrappedType = wrapped } } });
        var array = new ArrayFeatureType { DataType = type == MilDataType.Float16 ? ArrayFeatureType.Types.ArrayDataType.Float16 : ArrayFeatureType.Types.ArrayDataType.Float32 };
        array.Shape.AddRange(shape.Select(d => (long)d));
        _model.Description.State.Add(new FeatureDescription { Name = name, Type = new FeatureType { StateType = new StateFeatureType { ArrayType = array } } });
        return this;
    }

    /// <summary>Declares a block output (a FLOAT32 multi-array of any shape unless given).</summary>
    public MilSpecBuilder Output(string name, ArrayFeatureType.Types.ArrayDataType type = ArrayFeatureType.Types.ArrayDataType.Float32)
    {
        _block.Outputs.Add(name);
        _model.Description.Output.Add(new FeatureDescription { Name = name, Type = new FeatureType { MultiArrayType = new ArrayFeatureType { DataType = type } } });
        return this;
    }

    public MilSpecBuilder Const(string name, float[] values, params int[] shape) =>
        Const(name, MilDataType.Float32, shape, new TensorValue { Floats = new TensorValue.Types.RepeatedFloats { Values = { values } } });

    public MilSpecBuilder Ints(string name, params int[] values) =>
        Const(name, MilDataType.Int32, new[] { values.Length }, new TensorValue { Ints = new TensorValue.Types.RepeatedInts { Values = { values } } });

    public MilSpecBuilder Int(string name, int value) =>
        Const(name, MilDataType.Int32, Array.Empty<int>(), new TensorValue { Ints = new TensorValue.Types.RepeatedInts { Values = { value } } });

    public MilSpecBuilder Float(string name, float value) =>
        Const(name, MilDataType.Float32, Array.Empty<int>(), new TensorValue { Floats = new TensorValue.Types.RepeatedFloats { Values = { value } } });

    public MilSpecBuilder Bool(string name, bool value) =>
        Const(name, MilDataType.Bool, Array.Empty<int>(), new TensorValue { Bools = new TensorValue.Types.RepeatedBools { Values = { value } } });

    public MilSpecBuilder Bools(string name, params bool[] values) =>
        Const(name, MilDataType.Bool, new[] { values.Length }, new TensorValue { Bools = new TensorValue.Types.RepeatedBools { Values = { values } } });

    public MilSpecBuilder Text(string name, string value) =>
        Const(name, MilDataType.String, Array.Empty<int>(), new TensorValue { Strings = new TensorValue.Types.RepeatedStrings { Values = { value } } });

    public MilSpecBuilder Const(string name, MilDataType type, int[] shape, TensorValue tensor) =>
        Const(name, new Value { Type = new ValueType { TensorType = TensorType(type, shape) }, ImmediateValue = new Value.Types.ImmediateValue { Tensor = tensor } });

    public MilSpecBuilder BlobConst(string name, MilDataType type, int[] shape, ulong offset, string file = "@model_path/weights/weight.bin") =>
        Const(name, new Value { Type = new ValueType { TensorType = TensorType(type, shape) }, BlobFileValue = new Value.Types.BlobFileValue { FileName = file, Offset = offset } });

    public MilSpecBuilder Const(string name, Value value)
    {
        var op = new Operation { Type = "const" };
        op.Outputs.Add(new NamedValueType { Name = name, Type = value.Type });
        op.Attributes["val"] = value;
        _block.Operations.Add(op);
        return this;
    }

    /// <summary>An op whose outputs have unknown shapes; inputs are "parameter=value name" (variadic: names joined by '|').</summary>
    public MilSpecBuilder Op(string type, string output, params string[] inputs) => Op(type, new[] { output }, inputs);

    public MilSpecBuilder Op(string type, string[] outputs, params string[] inputs)
    {
        var op = new Operation { Type = type };
        foreach (string input in inputs)
        {
            string[] parts = input.Split('=', 2);
            var argument = new Argument();
            argument.Arguments.AddRange(parts[1].Split('|').Select(n => new Argument.Types.Binding { Name = n }));
            op.Inputs[parts[0]] = argument;
        }

        foreach (string output in outputs)
        {
            op.Outputs.Add(new NamedValueType { Name = output, Type = new ValueType { TensorType = new TensorType { DataType = MilDataType.Float32, Rank = -1 } } });
        }

        _block.Operations.Add(op);
        return this;
    }

    public byte[] Bytes() => _model.ToByteArray();

    public ModelEvaluator Load() => ModelEvaluator.Load(Bytes(), "test.mlpackage");

    public static TensorType TensorType(MilDataType type, int[] shape)
    {
        var tensor = new TensorType { DataType = type, Rank = shape.Length };
        tensor.Dimensions.AddRange(shape.Select(d => new Dimension { Constant = new Dimension.Types.ConstantDimension { Size = (ulong)d } }));
        return tensor;
    }
}
