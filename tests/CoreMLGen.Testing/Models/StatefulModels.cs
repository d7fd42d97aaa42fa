using CoreML.Specification;
using CoreML.Specification.MILSpec;
using CoreMLGen.Testing.Builders;
using static CoreMLGen.Testing.Builders.MilOperations;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;
using MilType = CoreML.Specification.MILSpec.DataType;

namespace CoreMLGen.Testing.Models;

/// <summary>ML Programs of spec 9: declared state (<c>description.state</c>, MLState) and several functions.</summary>
public static class StatefulModels
{
    /// <summary>A decoder step with a key and a value cache kept in the model's state.</summary>
    public static SpecBuilder KvCache()
        => SpecBuilder.MlProgram(9)
            .Metadata("One decoding step with a key/value cache in the model's state.")
            .Input("inputIds", FeatureTypes.MultiArray(DataType.Int32, 1, 1), "The token")
            .Input("causalMask", FeatureTypes.MultiArray(DataType.Float16, 1, 1, 1, 8), "Attention mask")
            .Output("logits", FeatureTypes.MultiArray(DataType.Float16, 1, 1, 32), "Next-token scores")
            .State("keyCache", FeatureTypes.State(DataType.Float16, 1, 4, 8, 16), "Keys of earlier tokens")
            .State("valueCache", FeatureTypes.State(DataType.Float16, 1, 4, 8, 16), "Values of earlier tokens");

    /// <summary>Two functions: <c>encode</c> (the default) and <c>decode</c>, which keeps state.</summary>
    public static SpecBuilder MultiFunction()
        => SpecBuilder.MlProgram(9)
            .Metadata("An encoder and a stateful decoder in one model.")
            .Function("encode", f => f
                .Input("tokens", FeatureTypes.MultiArray(DataType.Int32, 1, 8))
                .Output("encoded", FeatureTypes.MultiArray(DataType.Float32, 1, 8, 16)))
            .Function("decode", f => f
                .Input("token", FeatureTypes.MultiArray(DataType.Int32, 1, 1))
                .Output("logits", FeatureTypes.MultiArray(DataType.Float32, 1, 32))
                .State("cache", FeatureTypes.State(DataType.Float16, 1, 8, 16)))
            .DefaultFunction("encode");

    /// <summary>The width of <see cref="Accumulator"/>'s input, state and outputs ([1, Width]).</summary>
    public const int AccumulatorWidth = 4;

    /// <summary>
    /// A running sum kept in the model's state, as coremltools' stateful-model example: <c>previous =
    /// read_state(state)</c>, <c>sum = previous + x</c>, <c>total = coreml_update_state(state, sum)</c>; the outputs are
    /// <c>previous</c> and <c>total</c>, FLOAT32 [1, 4]. A program the evaluator runs, not only an interface.
    /// </summary>
    /// <param name="stateName">The state's name (another name makes another model type for the same program).</param>
    public static SpecBuilder Accumulator(string stateName = "acc")
    {
        var program = new Program { Version = 1 };
        program.Functions["main"] = AccumulatorFunction(stateName);
        return SpecBuilder.MlProgram(9)
            .Metadata("A running sum of its inputs, kept in the model's state.")
            .Input("x", FeatureTypes.MultiArray(DataType.Float32, AccumulatorShape), "Values to add")
            .Output("previous", FeatureTypes.MultiArray(DataType.Float32, AccumulatorShape), "The sum before this call")
            .Output("total", FeatureTypes.MultiArray(DataType.Float32, AccumulatorShape), "The sum after this call")
            .State(stateName, FeatureTypes.State(DataType.Float32, AccumulatorShape), "Running sum")
            .With(model => model.MlProgram = program);
    }

    /// <summary>
    /// Two functions: <c>relu</c> (the default, <c>y = relu(x)</c>, no state) and <c>accumulate</c>, the running sum of
    /// <see cref="Accumulator"/> with the state <c>acc</c>.
    /// </summary>
    public static SpecBuilder AccumulatorWithFunctions()
    {
        var relu = new Function { Opset = "CoreML8" };
        relu.Inputs.Add(new NamedValueType { Name = "x", Type = Tensor(MilType.Float32, AccumulatorShape) });
        relu.BlockSpecializations["CoreML8"] = new Block { Outputs = { "y" }, Operations = { Op("relu", "y", MilType.Float32, ("x", "x")) } };
        var program = new Program { Version = 1 };
        program.Functions["relu"] = relu;
        program.Functions["accumulate"] = AccumulatorFunction("acc");
        return SpecBuilder.MlProgram(9)
            .Metadata("A stateless function and a running sum in one model.")
            .Function("relu", f => f
                .Input("x", FeatureTypes.MultiArray(DataType.Float32, AccumulatorShape))
                .Output("y", FeatureTypes.MultiArray(DataType.Float32, AccumulatorShape)))
            .Function("accumulate", f => f
                .Input("x", FeatureTypes.MultiArray(DataType.Float32, AccumulatorShape))
                .Output("previous", FeatureTypes.MultiArray(DataType.Float32, AccumulatorShape))
                .Output("total", FeatureTypes.MultiArray(DataType.Float32, AccumulatorShape))
                .State("acc", FeatureTypes.State(DataType.Float32, AccumulatorShape)))
            .DefaultFunction("relu")
            .With(model => model.MlProgram = program);
    }

    private static long[] AccumulatorShape => new long[] { 1, AccumulatorWidth };

    // previous = read_state(state); sum = previous + x; total = coreml_update_state(state, sum).
    private static Function AccumulatorFunction(string stateName)
    {
        var block = new Block { Outputs = { "previous", "total" } };
        block.Operations.Add(Op("read_state", "previous", MilType.Float32, ("input", stateName)));
        block.Operations.Add(Op("add", "sum", MilType.Float32, ("x", "previous"), ("y", "x")));
        block.Operations.Add(Op("coreml_update_state", "total", MilType.Float32, ("state", stateName), ("value", "sum")));

        var function = new Function { Opset = "CoreML8" };
        function.Inputs.Add(new NamedValueType { Name = "x", Type = Tensor(MilType.Float32, AccumulatorShape) });
        function.Inputs.Add(new NamedValueType { Name = stateName, Type = State(MilType.Float32, AccumulatorShape) });
        function.BlockSpecializations["CoreML8"] = block;
        return function;
    }
}
