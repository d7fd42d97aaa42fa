using System.Globalization;
using System.Linq;
using CoreML.Specification;
using CoreML.Specification.MILSpec;
using MilDataType = CoreML.Specification.MILSpec.DataType;
using MilProgram = CoreML.Specification.MILSpec.Program;
using MilValueType = CoreML.Specification.MILSpec.ValueType;

namespace CoreMLGen.Evaluator.Benchmarks.FrontEnds;

/// <summary>
/// Writes an ML Program in code as coremltools does: one function <c>main</c> (opset CoreML6) whose every op parameter
/// is a named <c>const</c> with an immediate value; FLOAT32 tensors throughout.
/// </summary>
internal sealed class MilProgramWriter
{
    private readonly Model _model = new() { SpecificationVersion = 7, Description = new ModelDescription(), MlProgram = new MilProgram { Version = 1 } };
    private readonly Function _function = new() { Opset = "CoreML6" };
    private readonly Block _block = new();
    private int _constants;

    public MilProgramWriter()
    {
        _function.BlockSpecializations[_function.Opset] = _block;
        _model.MlProgram.Functions["main"] = _function;
    }

    public Model Model => _model;

    public void Input(string name, int[] shape)
    {
        _function.Inputs.Add(new NamedValueType { Name = name, Type = new MilValueType { TensorType = Tensor(MilDataType.Float32, shape) } });
        _model.Description.Input.Add(new FeatureDescription { Name = name, Type = ArrayFeature(shape) });
    }

    public void Output(string name, int[] shape)
    {
        _block.Outputs.Add(name);
        _model.Description.Output.Add(new FeatureDescription { Name = name, Type = ArrayFeature(shape) });
    }

    /// <summary>A FLOAT32 tensor constant; returns its name.</summary>
    public string Floats(float[] values, params int[] shape) =>
        Const(MilDataType.Float32, shape, new TensorValue { Floats = new TensorValue.Types.RepeatedFloats { Values = { values } } });

    public string Float(float value) => Const(MilDataType.Float32, System.Array.Empty<int>(), new TensorValue { Floats = new TensorValue.Types.RepeatedFloats { Values = { value } } });

    public string Ints(params int[] values) =>
        Const(MilDataType.Int32, new[] { values.Length }, new TensorValue { Ints = new TensorValue.Types.RepeatedInts { Values = { values } } });

    public string Int(int value) => Const(MilDataType.Int32, System.Array.Empty<int>(), new TensorValue { Ints = new TensorValue.Types.RepeatedInts { Values = { value } } });

    public string Bool(bool value) => Const(MilDataType.Bool, System.Array.Empty<int>(), new TensorValue { Bools = new TensorValue.Types.RepeatedBools { Values = { value } } });

    public string Text(string value) => Const(MilDataType.String, System.Array.Empty<int>(), new TensorValue { Strings = new TensorValue.Types.RepeatedStrings { Values = { value } } });

    /// <summary>An op of FLOAT32 outputs; each input binds a parameter to one named value.</summary>
    public void Op(string type, string[] outputs, params (string Parameter, string Value)[] inputs)
    {
        var op = new Operation { Type = type };
        foreach ((string parameter, string value) in inputs)
        {
            op.Inputs[parameter] = new Argument { Arguments = { new Argument.Types.Binding { Name = value } } };
        }

        op.Outputs.AddRange(outputs.Select(name => new NamedValueType { Name = name, Type = new MilValueType { TensorType = new TensorType { DataType = MilDataType.Float32, Rank = -1 } } }));
        _block.Operations.Add(op);
    }

    private string Const(MilDataType type, int[] shape, TensorValue tensor)
    {
        string name = "const_" + (_constants++).ToString(CultureInfo.InvariantCulture);
        var value = new Value { Type = new MilValueType { TensorType = Tensor(type, shape) }, ImmediateValue = new Value.Types.ImmediateValue { Tensor = tensor } };
        var op = new Operation { Type = "const" };
        op.Outputs.Add(new NamedValueType { Name = name, Type = value.Type });
        op.Attributes["val"] = value;
        _block.Operations.Add(op);
        return name;
    }

    private static TensorType Tensor(MilDataType type, int[] shape)
    {
        var tensor = new TensorType { DataType = type, Rank = shape.Length };
        tensor.Dimensions.AddRange(shape.Select(d => new Dimension { Constant = new Dimension.Types.ConstantDimension { Size = (ulong)d } }));
        return tensor;
    }

    private static FeatureType ArrayFeature(int[] shape)
    {
        var array = new ArrayFeatureType { DataType = ArrayFeatureType.Types.ArrayDataType.Float32 };
        array.Shape.AddRange(shape.Select(d => (long)d));
        return new FeatureType { MultiArrayType = array };
    }
}
