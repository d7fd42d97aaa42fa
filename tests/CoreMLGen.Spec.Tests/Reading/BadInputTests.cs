using System;
using System.IO;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Spec.Reading;
using CoreMLGen.Testing.Builders;
using CoreMLGen.Spec.Tests.Infrastructure;
using CoreMLGen.Testing;
using Google.Protobuf;
using Shouldly;
using Xunit;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;

namespace CoreMLGen.Spec.Tests.Reading;

public sealed class BadInputTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Missing_model()
    {
        string path = _temp.Combine("Missing.mlmodel");

        ModelReadError error = Reads.SingleError(path);

        error.Code.ShouldBe(ModelReadErrorCodes.ModelNotFound);
        error.Path.ShouldBe(path);
        error.Message.ShouldContain("Missing.mlmodel");
    }

    [Fact]
    public void Empty_path_is_a_missing_model()
    {
        ModelReader.Read(string.Empty).Errors.ShouldHaveSingleItem().Code.ShouldBe(ModelReadErrorCodes.ModelNotFound);
        ModelReader.Read(null!).Errors.ShouldHaveSingleItem().Code.ShouldBe(ModelReadErrorCodes.ModelNotFound);
    }

    [Fact]
    public void Invalid_path_is_a_missing_model()
    {
        ModelReadError error = ModelReader.Read("bad\0name.mlmodel").Errors.ShouldHaveSingleItem();

        error.Code.ShouldBe(ModelReadErrorCodes.ModelNotFound);
    }

    [Fact]
    public void Empty_file()
    {
        string path = _temp.WriteFile("Empty.mlmodel", Array.Empty<byte>());

        ModelReadError error = Reads.SingleError(path);

        error.Code.ShouldBe(ModelReadErrorCodes.EmptyFile);
        error.Path.ShouldBe(path);
        error.Message.ShouldContain("Empty.mlmodel");
    }

    [Fact]
    public void Truncated_model()
    {
        byte[] whole = SpecBuilder.NeuralNetwork()
            .Input("x", FeatureTypes.MultiArray(DataType.Float32, 1, 3), new string('d', 200))
            .Output("y", FeatureTypes.Double()).ToBytes();
        string path = _temp.WriteFile("Truncated.mlmodel", whole.Take(whole.Length - 50).ToArray());

        ModelReadError error = Reads.SingleError(path);

        error.Code.ShouldBe(ModelReadErrorCodes.NotProtobuf);
        error.Message.ShouldContain("Truncated.mlmodel");
        error.Message.ShouldContain("not a Core ML model");
    }

    // Regression (fuzzing, 36 cases): a huge length prefix made the protobuf runtime throw something other than
    // InvalidProtocolBufferException, which surfaced as the internal-error diagnostic instead of "not a model".
    [Theory]
    [InlineData(new byte[] { 0x08, 0x04, 0x12, 0xFF, 0xFF, 0xFF, 0xFF, 0x07 })]                   // description: 2^31 - 1 bytes
    [InlineData(new byte[] { 0x08, 0x04, 0x12, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F })]                   // description: 2^32 - 1 bytes (negative as int)
    [InlineData(new byte[] { 0x08, 0x04, 0x12, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01 })]             // description: 2^35 bytes
    [InlineData(new byte[] { 0x08, 0x04, 0x12, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 })] // description: 2^64 - 1 bytes
    [InlineData(new byte[] { 0x08, 0x04, 0x12, 0x06, 0x0A, 0x04, 0x0A, 0xFF, 0xFF, 0xFF, 0x7F })] // input.name: 2^28 bytes inside a short message
    [InlineData(new byte[] { 0x08, 0x04, 0x12, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01 })] // an 11-byte varint
    public void Huge_length_prefix_is_not_a_model_rather_than_an_internal_error(byte[] bytes)
    {
        string path = _temp.WriteFile("Huge.mlmodel", bytes);

        ModelReadError error = Reads.SingleError(path);

        error.Code.ShouldBeOneOf(ModelReadErrorCodes.NotProtobuf, ModelReadErrorCodes.NotCoreMLModel);
        error.Path.ShouldBe(path);
        error.Message.ShouldContain("Huge.mlmodel");
    }

    [Fact]
    public void Text_file_named_like_a_model()
    {
        string path = _temp.WriteFile("Readme.mlmodel", "This is not a model, just some text.\n");

        Reads.SingleError(path).Code.ShouldBeOneOf(ModelReadErrorCodes.NotProtobuf, ModelReadErrorCodes.NotCoreMLModel);
    }

    [Fact]
    public void Random_bytes_never_throw_and_give_exactly_one_located_error()
    {
        var random = new Random(20240611);
        for (int i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(1, 400)];
            random.NextBytes(bytes);
            string path = _temp.WriteFile("random" + i + ".mlmodel", bytes);

            ModelReadResult result = ModelReader.Read(path);

            result.Succeeded.ShouldBeFalse();
            ModelReadError error = result.Errors.ShouldHaveSingleItem();
            error.Code.ShouldBeOneOf(ModelReadErrorCodes.NotProtobuf, ModelReadErrorCodes.NotCoreMLModel, ModelReadErrorCodes.AppleDoubleFile);
            error.Path.ShouldBe(path);
        }
    }

    [Fact]
    public void A_valid_protobuf_that_is_not_a_model()
    {
        var vector = new StringVector();
        vector.Vector.Add("hello");
        vector.Vector.Add("world");
        string path = _temp.WriteFile("Strings.mlmodel", vector.ToByteArray());

        ModelReadError error = Reads.SingleError(path);

        error.Code.ShouldBe(ModelReadErrorCodes.NotCoreMLModel);
        error.Message.ShouldContain("Strings.mlmodel");
    }

    [Fact]
    public void A_model_message_without_spec_version_is_not_a_model()
    {
        string noVersion = _temp.WriteFile("NoVersion.mlmodel", SpecBuilder.NeuralNetwork().SpecVersion(0).Input("x", FeatureTypes.Double()).ToBytes());
        string negative = _temp.WriteFile("Negative.mlmodel", SpecBuilder.NeuralNetwork().SpecVersion(-2).Input("x", FeatureTypes.Double()).ToBytes());

        Reads.SingleError(noVersion).Code.ShouldBe(ModelReadErrorCodes.NotCoreMLModel);
        Reads.SingleError(negative).Code.ShouldBe(ModelReadErrorCodes.NotCoreMLModel);
    }

    [Fact]
    public void A_model_message_without_type_or_features_is_not_a_model()
    {
        string bare = _temp.WriteFile("Bare.mlmodel", new Model { SpecificationVersion = 4, Description = new ModelDescription() }.ToByteArray());

        Reads.SingleError(bare).Code.ShouldBe(ModelReadErrorCodes.NotCoreMLModel);
    }

    [Fact]
    public void AppleDouble_file_by_magic_number()
    {
        byte[] appleDouble = { 0x00, 0x05, 0x16, 0x07, 0x00, 0x02, 0x00, 0x00, 0x4D, 0x61, 0x63, 0x20, 0x4F, 0x53, 0x20, 0x58 };
        string path = _temp.WriteFile("._Classifier.mlmodel", appleDouble);

        ModelReadError error = Reads.SingleError(path);

        error.Code.ShouldBe(ModelReadErrorCodes.AppleDoubleFile);
        error.Message.ShouldContain("._Classifier.mlmodel");
        error.Message.ShouldContain("resource-fork");
        error.Message.ShouldContain("Delete it");
    }

    [Fact]
    public void AppleDouble_file_by_name_when_the_content_is_not_a_model()
    {
        string path = _temp.WriteFile("._Other.mlmodel", new byte[] { 0xFF, 0xFF, 0xFF, 0x01 });

        Reads.SingleError(path).Code.ShouldBe(ModelReadErrorCodes.AppleDoubleFile);
    }

    [Fact]
    public void A_real_model_named_like_AppleDouble_still_reads()
    {
        string path = SpecBuilder.NeuralNetwork().Input("x", FeatureTypes.Double()).WriteTo(_temp.Combine("._Real.mlmodel"));

        ModelReader.Read(path).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void A_newer_spec_version_is_a_warning_and_the_model_is_still_read()
    {
        string path = SpecBuilder.MlProgram(11).Input("x", FeatureTypes.Double()).WriteTo(_temp.Combine("Future.mlmodel"));

        ModelReadResult result = ModelReader.Read(path);

        result.Succeeded.ShouldBeTrue();
        result.Interface!.SpecVersion.ShouldBe(11);
        ModelReadError warning = result.Warnings.ShouldHaveSingleItem();
        warning.Code.ShouldBe(ModelReadErrorCodes.NewerSpecVersion);
        warning.Path.ShouldBe(path);
        warning.Message.ShouldContain("11");
    }

    [Fact]
    public void A_good_model_keeps_its_exact_bytes()
    {
        byte[] bytes = SpecBuilder.NeuralNetwork().Input("x", FeatureTypes.Double()).ToBytes();
        string path = _temp.WriteFile("Good.mlmodel", bytes);

        ModelReadResult result = ModelReader.Read(path);

        result.Succeeded.ShouldBeTrue();
        result.Warnings.ShouldBeEmpty();
        result.SpecBytes.ShouldBe(bytes);
        result.SpecPath.ShouldBe(path);
        result.ModelPath.ShouldBe(path);
        result.Spec!.SpecificationVersion.ShouldBe(4);
    }

    [Fact]
    public void ReadSpec_reports_bad_bytes_with_the_given_path()
    {
        ModelReadResult result = ModelReader.ReadSpec(new byte[] { 0x0A, 0xFF, 0x01 }, "/x/In.mlmodel");

        result.Errors.ShouldHaveSingleItem().Path.ShouldBe("/x/In.mlmodel");
        ModelReader.ReadSpec(null!, "/x/Null.mlmodel").Errors.ShouldHaveSingleItem().Code.ShouldBe(ModelReadErrorCodes.EmptyFile);
    }

    [Fact]
    public void A_folder_that_is_not_a_package_is_reported_not_thrown()
    {
        string folder = _temp.Combine("NotAPackage.mlmodel");
        Directory.CreateDirectory(folder);

        Reads.SingleError(folder).Code.ShouldBe(ModelReadErrorCodes.ManifestMissing);
    }
}
