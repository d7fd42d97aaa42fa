using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CoreML.Specification;
using CoreML.Specification.MILSpec;
using CoreMLGen.Testing;
using Google.Protobuf;
using MilDataType = CoreML.Specification.MILSpec.DataType;
using MilValue = CoreML.Specification.MILSpec.Value;
using MilValueType = CoreML.Specification.MILSpec.ValueType;

namespace CoreMLGen.Generator.Tests.Fuzzing;

/// <summary>An intact ML Program the fuzzer damages: its spec (model.mlmodel) and its weight file (weight.bin).</summary>
public sealed record MLProgramSeed(string Name, byte[] Spec, byte[] Weights);

/// <summary>The intact ML Programs: the fixture packages and a small program built in code whose weights are in a blob file.</summary>
public static class MLProgramSeeds
{
    public const string WeightFile = "@model_path/weights/weight.bin";

    public static string FixtureFolder => Path.Combine(TestPaths.SharedFixtures, "mlprogram");

    /// <summary>../shared/fixtures/mlprogram/*.mlpackage (empty when the folder is absent).</summary>
    public static IReadOnlyList<MLProgramSeed> Fixtures() =>
        Directory.Exists(FixtureFolder)
            ? Directory.EnumerateDirectories(FixtureFolder, "*.mlpackage").OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => new MLProgramSeed(
                    Path.GetFileName(path),
                    File.ReadAllBytes(Path.Combine(path, "Data", "com.apple.CoreML", "model.mlmodel")),
                    File.ReadAllBytes(Path.Combine(path, "Data", "com.apple.CoreML", "weights", "weight.bin"))))
                .ToList()
            : new List<MLProgramSeed>();

    /// <summary>
    /// x [1, 4] → linear (weight [3, 4] float32 from the blob file, bias inline) → relu → times a float16 blob cast to
    /// float32 → softmax → y [1, 3]; the linear result is output h too.
    /// </summary>
    public static IReadOnlyList<MLProgramSeed> BuiltInCode()
    {
        var block = new Block();
        block.Operations.Add(Const("w", MilDataType.Float32, new[] { 3, 4 }, new MilValue.Types.BlobFileValue { FileName = WeightFile, Offset = 64 }));
        block.Operations.Add(Const("b", MilDataType.Float32, new[] { 3 }, new TensorValue { Floats = new TensorValue.Types.RepeatedFloats { Values = { 0.5f, -0.25f, 0f } } }));
        block.Operations.Add(Const("s16", MilDataType.Float16, new[] { 3 }, new MilValue.Types.BlobFileValue { FileName = WeightFile, Offset = 192 }));
        block.Operations.Add(Const("to", MilDataType.String, Array.Empty<int>(), new TensorValue { Strings = new TensorValue.Types.RepeatedStrings { Values = { "fp32" } } }));
        block.Operations.Add(Const("axis", MilDataType.Int32, Array.Empty<int>(), new TensorValue { Ints = new TensorValue.Types.RepeatedInts { Values = { -1 } } }));
        block.Operations.Add(Op("linear", "h", ("x", "x"), ("weight", "w"), ("bias", "b")));
        block.Operations.Add(Op("relu", "r", ("x", "h")));
        block.Operations.Add(Op("cast", "s", ("x", "s16"), ("dtype", "to")));
        block.Operations.Add(Op("mul", "m", ("x", "r"), ("y", "s")));
        block.Operations.Add(Op("softmax", "y", ("x", "m"), ("axis", "axis")));
        block.Outputs.Add("y");
        block.Outputs.Add("h");

        var function = new Function { Opset = "CoreML6" };
        function.Inputs.Add(new NamedValueType { Name = "x", Type = new MilValueType { TensorType = Tensor(MilDataType.Float32, new[] { 1, 4 }) } });
        function.BlockSpecializations["CoreML6"] = block;
        var model = new CoreML.Specification.Model { SpecificationVersion = 7, Description = new ModelDescription(), MlProgram = new Program { Version = 1 } };
        model.MlProgram.Functions["main"] = function;
        model.Description.Input.Add(Feature("x", 1, 4));
        model.Description.Output.Add(Feature("y", 1, 3));
        model.Description.Output.Add(Feature("h", 1, 3));
        return new[] { new MLProgramSeed("linear-softmax (built in code)", model.ToByteArray(), Weights()) };
    }

    // Blob storage v2: header (2 blobs, version 2); record at 64 → 12 float32 at 128; record at 192 → 3 float16 at 256.
    private static byte[] Weights()
    {
        var bytes = new byte[320];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(0), 2);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), 2);
        Record(bytes, 64, type: 2, size: 48, dataOffset: 128);
        for (int i = 0; i < 12; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(128 + (4 * i)), ((i % 5) - 2) * 0.5f);
        }

        Record(bytes, 192, type: 1, size: 6, dataOffset: 256);
        for (int i = 0; i < 3; i++)
        {
            BinaryPrimitives.WriteHalfLittleEndian(bytes.AsSpan(256 + (2 * i)), (Half)(1 + i));
        }

        return bytes;
    }

    private static void Record(byte[] bytes, int at, uint type, ulong size, ulong dataOffset)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at), 0xDEADBEEF);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at + 4), type);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(at + 8), size);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(at + 16), dataOffset);
    }

    private static FeatureDescription Feature(string name, params long[] shape)
    {
        var array = new ArrayFeatureType { DataType = ArrayFeatureType.Types.ArrayDataType.Float32 };
        array.Shape.AddRange(shape);
        return new FeatureDescription { Name = name, Type = new FeatureType { MultiArrayType = array } };
    }

    private static TensorType Tensor(MilDataType type, int[] shape)
    {
        var tensor = new TensorType { DataType = type, Rank = shape.Length };
        tensor.Dimensions.AddRange(shape.Select(d => new Dimension { Constant = new Dimension.Types.ConstantDimension { Size = (ulong)d } }));
        return tensor;
    }

    private static Operation Const(string name, MilDataType type, int[] shape, MilValue.Types.BlobFileValue blob) =>
        Const(name, new MilValue { Type = new MilValueType { TensorType = Tensor(type, shape) }, BlobFileValue = blob });

    private static Operation Const(string name, MilDataType type, int[] shape, TensorValue tensor) =>
        Const(name, new MilValue { Type = new MilValueType { TensorType = Tensor(type, shape) }, ImmediateValue = new MilValue.Types.ImmediateValue { Tensor = tensor } });

    private static Operation Const(string name, MilValue value)
    {
        var op = new Operation { Type = "const" };
        op.Outputs.Add(new NamedValueType { Name = name, Type = value.Type });
        op.Attributes["val"] = value;
        return op;
    }

    private static Operation Op(string type, string output, params (string Parameter, string Name)[] inputs)
    {
        var op = new Operation { Type = type };
        foreach ((string parameter, string name) in inputs)
        {
            op.Inputs[parameter] = new Argument { Arguments = { new Argument.Types.Binding { Name = name } } };
        }

        op.Outputs.Add(new NamedValueType { Name = output, Type = new MilValueType { TensorType = new TensorType { DataType = MilDataType.Float32, Rank = -1 } } });
        return op;
    }
}
