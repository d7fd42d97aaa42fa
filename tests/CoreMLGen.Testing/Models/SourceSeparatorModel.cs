using System;
using System.Linq;
using CoreMLGen.Testing.Builders;
using CoreML.Specification.MILSpec;
using static CoreMLGen.Testing.Builders.MilOperations;
using ArrayType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;
using MilType = CoreML.Specification.MILSpec.DataType;

namespace CoreMLGen.Testing.Models;

/// <summary>
/// The interface of a source separator's inner model (issue 13: the real one is not redistributable): an ML Program
/// taking the spectrogram's <c>real</c> and <c>imag</c> parts [1, 2, 2049, 431] and giving <c>masks</c>
/// [1, 6, 2, 2049, 431] (6 stems × 2 channels), in FLOAT32 or FLOAT16 throughout. Its tiny program gives every stem a
/// different function of the inputs, so a test can check each element:
/// <c>masks[0, s, c, f, t] = sigmoid(g_s(real[0, c, f, t], imag[0, c, f, t]))</c> with
/// g = (r, i, r·r, i·i, r·i, r + i) — concat of the six along axis 1, reshape, sigmoid.
/// </summary>
public static class SourceSeparatorModel
{
    public const int Channels = 2;
    public const int Frequencies = 2049;
    public const int Frames = 431;
    public const int Stems = 6;

    /// <summary>The spec (write it as an <c>.mlpackage</c>: an ML Program's home).</summary>
    public static SpecBuilder Build(bool float16)
    {
        ArrayType arrayType = float16 ? ArrayType.Float16 : ArrayType.Float32;
        MilType type = float16 ? MilType.Float16 : MilType.Float32;
        long[] input = { 1, Channels, Frequencies, Frames };
        long[] output = { 1, Stems, Channels, Frequencies, Frames };
        return SpecBuilder.MlProgram(7)
            .Metadata("Source separator masks from a stereo spectrogram (" + (float16 ? "FLOAT16" : "FLOAT32") + ").", "CoreMLGen tests", "MIT", "1.0")
            .Input("real", FeatureTypes.MultiArray(arrayType, input), "Real part of the spectrogram")
            .Input("imag", FeatureTypes.MultiArray(arrayType, input), "Imaginary part of the spectrogram")
            .Output("masks", FeatureTypes.MultiArray(arrayType, output), "One mask per stem and channel")
            .With(model => model.MlProgram = Program(type, input, output));
    }

    /// <summary>The independent reference of one stem's function, in double precision.</summary>
    public static double Reference(int stem, double real, double imag)
    {
        double g = stem switch
        {
            0 => real,
            1 => imag,
            2 => real * real,
            3 => imag * imag,
            4 => real * imag,
            _ => real + imag,
        };
        return 1 / (1 + Math.Exp(-g));
    }

    private static Program Program(MilType type, long[] inputShape, long[] outputShape)
    {
        var block = new Block { Outputs = { "masks" } };
        block.Operations.Add(Op("mul", "rr", type, ("x", "real"), ("y", "real")));
        block.Operations.Add(Op("mul", "ii", type, ("x", "imag"), ("y", "imag")));
        block.Operations.Add(Op("mul", "ri", type, ("x", "real"), ("y", "imag")));
        block.Operations.Add(Op("add", "sum", type, ("x", "real"), ("y", "imag")));
        block.Operations.Add(Const("axis", MilType.Int32, Array.Empty<long>(), new TensorValue { Ints = new TensorValue.Types.RepeatedInts { Values = { 1 } } }));
        block.Operations.Add(Const("interleave", MilType.Bool, Array.Empty<long>(), new TensorValue { Bools = new TensorValue.Types.RepeatedBools { Values = { false } } }));
        block.Operations.Add(Op("concat", "stacked", type, ("values", "real|imag|rr|ii|ri|sum"), ("axis", "axis"), ("interleave", "interleave")));
        block.Operations.Add(Const("shape", MilType.Int32, new long[] { outputShape.Length }, new TensorValue { Ints = new TensorValue.Types.RepeatedInts { Values = { outputShape.Select(d => (int)d) } } }));
        block.Operations.Add(Op("reshape", "logits", type, ("x", "stacked"), ("shape", "shape")));
        block.Operations.Add(Op("sigmoid", "masks", type, ("x", "logits")));

        var function = new Function { Opset = "CoreML6" };
        function.Inputs.Add(new NamedValueType { Name = "real", Type = Tensor(type, inputShape) });
        function.Inputs.Add(new NamedValueType { Name = "imag", Type = Tensor(type, inputShape) });
        function.BlockSpecializations["CoreML6"] = block;
        var program = new Program { Version = 1 };
        program.Functions["main"] = function;
        return program;
    }
}
