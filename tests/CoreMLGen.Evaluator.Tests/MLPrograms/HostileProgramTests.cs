using System;
using System.IO;
using CoreML.Specification.MILSpec;
using CoreMLGen.Evaluation;
using Google.Protobuf;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.MLPrograms;

/// <summary>Malformed or hostile programs are refused when loaded, with an error that says where.</summary>
public sealed class HostileProgramTests
{
    [Fact]
    public void Unknown_ops_are_listed_with_their_counts()
    {
        var spec = new MilSpecBuilder().Input("x", new[] { 2 })
            .Op("frobnicate", "a", "x=x").Op("frobnicate", "b", "x=a").Op("while_loop_2", "y", "x=b").Output("y");
        var error = Assert.Throws<ModelLoadException>(() => spec.Load());
        Assert.Contains("frobnicate ×2, while_loop_2 ×1", error.Message);
    }

    [Fact]
    public void A_dangling_name_is_located()
    {
        var spec = new MilSpecBuilder().Input("x", new[] { 2 }).Op("relu", "y", "x=nowhere").Output("y");
        var error = Assert.Throws<ModelLoadException>(() => spec.Load());
        Assert.Contains("op #0 'relu' (output 'y')", error.Message);
        Assert.Contains("'nowhere', which is not defined anywhere", error.Message);
    }

    [Fact]
    public void A_cycle_is_refused()
    {
        var spec = new MilSpecBuilder().Input("x", new[] { 2 }).Op("add", "a", "x=x", "y=b").Op("relu", "b", "x=a").Output("b");
        var error = Assert.Throws<ModelLoadException>(() => spec.Load());
        Assert.Contains("only defined by a later op (a cycle", error.Message);
    }

    [Fact]
    public void A_dangling_block_output_is_refused()
    {
        var spec = new MilSpecBuilder().Input("x", new[] { 2 }).Op("relu", "y", "x=x").Output("missing");
        var error = Assert.Throws<ModelLoadException>(() => spec.Load());
        Assert.Contains("block output 'missing'", error.Message);
    }

    [Fact]
    public void A_declared_shape_that_disagrees_is_refused()
    {
        var spec = new MilSpecBuilder().Input("x", new[] { 2, 3 }).Op("relu", "y", "x=x").Output("y");
        spec.Block.Operations[0].Outputs[0].Type.TensorType = MilSpecBuilder.TensorType(DataType.Float32, new[] { 2, 3, 1 });
        var error = Assert.Throws<ModelLoadException>(() => spec.Load());
        Assert.Contains("declared [2, 3, 1] but its inputs give [2, 3]", error.Message);
    }

    [Fact]
    public void Wrong_ranks_are_refused_at_load()
    {
        var spec = new MilSpecBuilder().Input("x", new[] { 4 }).Const("w", new float[6], 2, 3).Op("linear", "y", "x=x", "weight=w").Output("y");
        var error = Assert.Throws<ModelLoadException>(() => spec.Load());
        Assert.Contains("op #1 'linear'", error.Message);
        Assert.Equal("linear", error.LayerType);
    }

    [Fact]
    public void A_huge_declared_constant_shape_is_refused_before_allocating()
    {
        var spec = new MilSpecBuilder().Input("x", new[] { 2 })
            .Const("big", DataType.Float32, new[] { 1 << 20, 1 << 20 }, new TensorValue { Floats = new TensorValue.Types.RepeatedFloats() })
            .Op("add", "y", "x=x", "y=big").Output("y");
        var error = Assert.Throws<ModelLoadException>(() => spec.Load());
        Assert.Contains("more than 2^28 elements", error.Message);
    }

    [Fact]
    public void A_blob_offset_past_the_end_of_the_weight_file_is_refused()
    {
        using var package = new TemporaryPackage();
        var spec = new MilSpecBuilder().Input("x", new[] { 2 }).BlobConst("w", DataType.Float32, new[] { 2 }, 4096).Op("add", "y", "x=x", "y=w").Output("y");
        package.Write(spec, WeightFile(dataOffset: 128, size: 8, totalLength: 192));
        var error = Assert.Throws<ModelLoadException>(() => ModelEvaluator.Load(package.Path));
        Assert.Contains("the blob offset 4096 is outside the weight file (192 bytes)", error.Message);
    }

    [Fact]
    public void A_blob_whose_data_runs_past_the_end_is_refused()
    {
        using var package = new TemporaryPackage();
        var spec = new MilSpecBuilder().Input("x", new[] { 2 }).BlobConst("w", DataType.Float32, new[] { 2 }, 64).Op("add", "y", "x=x", "y=w").Output("y");
        package.Write(spec, WeightFile(dataOffset: 128, size: 1_000_000, totalLength: 192));
        var error = Assert.Throws<ModelLoadException>(() => ModelEvaluator.Load(package.Path));
        Assert.Contains("past the end of the weight file", error.Message);
    }

    [Fact]
    public void A_weight_read_from_a_package_with_a_vendor_folder_is_used()
    {
        using var package = new TemporaryPackage("com.example.vendor");
        var spec = new MilSpecBuilder().Input("x", new[] { 2 }).BlobConst("w", DataType.Float32, new[] { 2 }, 64).Op("add", "y", "x=x", "y=w").Output("y");
        byte[] weights = WeightFile(dataOffset: 128, size: 8, totalLength: 192);
        BitConverter.GetBytes(1.5f).CopyTo(weights, 128);
        BitConverter.GetBytes(-2f).CopyTo(weights, 132);
        package.Write(spec, weights);
        var evaluator = ModelEvaluator.Load(package.Path);
        var features = new DictionaryFeatureProvider(new System.Collections.Generic.Dictionary<string, FeatureValue> { ["x"] = FeatureValue.FromMultiArray(MultiArray<float>.Wrap(new[] { 1f, 1f }, 2)) });
        var y = (MultiArray<float>)evaluator.Predict(features).GetFeatureValue("y")!.MultiArrayValue;
        Assert.Equal(new[] { 2.5f, -1f }, y.ToArray());
    }

    [Fact]
    public void A_weight_without_a_package_is_refused_with_the_reason()
    {
        var spec = new MilSpecBuilder().Input("x", new[] { 2 }).BlobConst("w", DataType.Float32, new[] { 2 }, 64).Op("add", "y", "x=x", "y=w").Output("y");
        var error = Assert.Throws<ModelLoadException>(() => spec.Load());
        Assert.Contains("loaded from spec bytes alone", error.Message);
    }

    // Header (count 1, version 2), one metadata record at 64 (sentinel, FLOAT32, size, offset), data at dataOffset.
    private static byte[] WeightFile(long dataOffset, long size, int totalLength)
    {
        var bytes = new byte[totalLength];
        BitConverter.GetBytes(1u).CopyTo(bytes, 0);
        BitConverter.GetBytes(2u).CopyTo(bytes, 4);
        BitConverter.GetBytes(0xDEADBEEFu).CopyTo(bytes, 64);
        BitConverter.GetBytes(2u).CopyTo(bytes, 68);
        BitConverter.GetBytes((ulong)size).CopyTo(bytes, 72);
        BitConverter.GetBytes((ulong)dataOffset).CopyTo(bytes, 80);
        return bytes;
    }

    /// <summary>An .mlpackage in a temporary folder whose root model lives under Data/&lt;vendor&gt;/.</summary>
    private sealed class TemporaryPackage : IDisposable
    {
        private readonly string _root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "coremlgen-mil-" + Guid.NewGuid().ToString("N"));
        private readonly string _vendor;

        public TemporaryPackage(string vendor = "com.apple.CoreML")
        {
            _vendor = vendor;
        }

        public string Path => System.IO.Path.Combine(_root, "Test.mlpackage");

        public void Write(MilSpecBuilder spec, byte[] weights)
        {
            string data = System.IO.Path.Combine(Path, "Data", _vendor);
            Directory.CreateDirectory(System.IO.Path.Combine(data, "weights"));
            File.WriteAllBytes(System.IO.Path.Combine(data, "model.mlmodel"), spec.Model.ToByteArray());
            File.WriteAllBytes(System.IO.Path.Combine(data, "weights", "weight.bin"), weights);
            File.WriteAllText(System.IO.Path.Combine(Path, "Manifest.json"), "{\"fileFormatVersion\": \"1.0.0\", \"itemInfoEntries\": {\"A\": {\"author\": \"" + _vendor
                + "\", \"description\": \"spec\", \"name\": \"model.mlmodel\", \"path\": \"" + _vendor + "/model.mlmodel\"}}, \"rootModelIdentifier\": \"A\"}");
        }

        public void Dispose()
        {
            if (Directory.Exists(_root))
            {
                Directory.Delete(_root, recursive: true);
            }
        }
    }
}
