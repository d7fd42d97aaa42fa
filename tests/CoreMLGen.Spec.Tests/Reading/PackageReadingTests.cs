using System;
using System.IO;
using CoreMLGen.Spec.Reading;
using CoreMLGen.Testing.Builders;
using CoreMLGen.Spec.Tests.Infrastructure;
using CoreMLGen.Testing;
using Shouldly;
using Xunit;

namespace CoreMLGen.Spec.Tests.Reading;

public sealed class PackageReadingTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static SpecBuilder Spec => SpecBuilder.MlProgram(6).Input("x", FeatureTypes.Double()).Output("y", FeatureTypes.Double());

    private string PackagePath => _temp.Combine("Model.mlpackage");

    private string ManifestPath => Path.Combine(PackagePath, "Manifest.json");

    [Fact]
    public void Standard_package_reads_its_root_model_through_the_manifest()
    {
        byte[] bytes = Spec.ToBytes();
        new PackageBuilder().Spec(bytes).WriteTo(PackagePath);

        ModelReadResult result = ModelReader.Read(PackagePath);

        result.Errors.ShouldBeEmpty();
        result.Succeeded.ShouldBeTrue();
        result.ModelPath.ShouldBe(PackagePath);
        result.SpecPath.ShouldBe(Path.Combine(PackagePath, "Data", "com.apple.CoreML", "model.mlmodel"));
        result.SpecBytes.ShouldBe(bytes);
        result.Interface!.Kind.ShouldBe("mlProgram");
    }

    [Fact]
    public void Package_path_with_a_trailing_slash_reads_the_same()
    {
        new PackageBuilder().Spec(Spec).WriteTo(PackagePath);

        ModelReadResult result = ModelReader.Read(PackagePath + "/");

        result.Succeeded.ShouldBeTrue();
        result.ModelPath.ShouldBe(PackagePath);
    }

    [Fact]
    public void Root_model_elsewhere_under_Data_is_found_through_the_manifest()
    {
        // Chromium's WebNN writes Data/model.mlmodel: the path must come from the manifest, never a constant.
        new PackageBuilder().Spec(Spec).RootPath("model.mlmodel").WriteTo(PackagePath);

        ModelReadResult result = ModelReader.Read(PackagePath);

        result.Succeeded.ShouldBeTrue();
        result.SpecPath.ShouldBe(Path.Combine(PackagePath, "Data", "model.mlmodel"));
    }

    [Fact]
    public void Manifest_with_a_byte_order_mark_and_an_older_format_version_is_accepted()
    {
        new PackageBuilder().Spec(Spec).Manifest("\uFEFF" + PackageBuilder.StandardManifest(version: "0.9.12")).WriteTo(PackagePath);

        ModelReader.Read(PackagePath).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void Missing_manifest()
    {
        new PackageBuilder().Spec(Spec).NoManifest().WriteTo(PackagePath);

        ModelReadError error = Reads.SingleError(PackagePath);

        error.Code.ShouldBe(ModelReadErrorCodes.ManifestMissing);
        error.Path.ShouldBe(PackagePath);
        error.Message.ShouldContain("Model.mlpackage");
        error.Message.ShouldContain("Manifest.json");
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"fileFormatVersion\": \"1.0.0\",}")]
    [InlineData("{'fileFormatVersion': '1.0.0'}")]
    [InlineData("[1, 2]")]
    [InlineData("\"text\"")]
    [InlineData("{\"a\": 1} trailing")]
    [InlineData("{\"a\": 1, \"a\": 2}")]
    [InlineData("{\"itemInfoEntries\": {\"x\": {\"path\": \"a\", \"path\": \"b\"}}}")]
    [InlineData("{\"a\": 01}")]
    [InlineData("{\"a\": 1.}")]
    [InlineData("{\"a\": tru}")]
    [InlineData("{\"a\": \"\\x\"}")]
    [InlineData("{\"a\": \"\\u12\"}")]
    [InlineData("{\"a\": \"line\nbreak\"}")]
    [InlineData("{\"a\": NaN}")]
    [InlineData("{\"a\": [1,]}")]
    public void Malformed_manifest(string json)
    {
        new PackageBuilder().Spec(Spec).Manifest(json).WriteTo(PackagePath);

        ModelReadError error = Reads.SingleError(PackagePath);

        error.Code.ShouldBe(ModelReadErrorCodes.ManifestMalformed);
        error.Path.ShouldBe(ManifestPath);
        error.Message.ShouldContain("Model.mlpackage");
    }

    [Fact]
    public void Malformed_manifest_message_names_line_and_column()
    {
        new PackageBuilder().Spec(Spec).Manifest("{\n  \"fileFormatVersion\": \"1.0.0\"\n  \"x\": 1\n}").WriteTo(PackagePath);

        Reads.SingleError(PackagePath).Message.ShouldContain("line 3, column 3");
    }

    [Fact]
    public void Absurdly_nested_manifest_is_refused_without_overflowing_the_stack()
    {
        string deep = "{\"a\": " + new string('[', 100000) + new string(']', 100000) + "}";
        new PackageBuilder().Spec(Spec).Manifest(deep).WriteTo(PackagePath);

        ModelReadError error = Reads.SingleError(PackagePath);

        error.Code.ShouldBe(ModelReadErrorCodes.ManifestMalformed);
        error.Message.ShouldContain("depth");
    }

    [Fact]
    public void Manifest_that_is_not_UTF8()
    {
        Directory.CreateDirectory(PackagePath);
        File.WriteAllBytes(ManifestPath, new byte[] { 0x7B, 0xC3, 0x28, 0x7D });

        Reads.SingleError(PackagePath).Code.ShouldBe(ModelReadErrorCodes.ManifestMalformed);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("1.0.0.0")]
    [InlineData("v1.0.0")]
    [InlineData("1.0.-1")]
    [InlineData("1..0")]
    [InlineData("1.0.0 ")]
    [InlineData("1.0.1")]
    [InlineData("1.1.0")]
    [InlineData("2.0.0")]
    [InlineData("99999999999.0.0")]
    public void Unsupported_format_version(string version)
    {
        new PackageBuilder().Spec(Spec).Manifest(PackageBuilder.StandardManifest(version: version)).WriteTo(PackagePath);

        ModelReadError error = Reads.SingleError(PackagePath);

        error.Code.ShouldBe(ModelReadErrorCodes.ManifestVersion);
        error.Path.ShouldBe(ManifestPath);
    }

    [Fact]
    public void Format_version_that_is_not_a_string()
    {
        new PackageBuilder().Spec(Spec).Manifest(PackageBuilder.StandardManifest().Replace("\"1.0.0\"", "1")).WriteTo(PackagePath);

        Reads.SingleError(PackagePath).Code.ShouldBe(ModelReadErrorCodes.ManifestVersion);
    }

    [Theory]
    [InlineData("{\"fileFormatVersion\": \"1.0.0\", \"rootModelIdentifier\": \"A\"}")]
    [InlineData("{\"fileFormatVersion\": \"1.0.0\", \"itemInfoEntries\": [], \"rootModelIdentifier\": \"A\"}")]
    [InlineData("{\"fileFormatVersion\": \"1.0.0\", \"itemInfoEntries\": {\"A\": \"x\"}, \"rootModelIdentifier\": \"A\"}")]
    [InlineData("{\"fileFormatVersion\": \"1.0.0\", \"itemInfoEntries\": {\"A\": {\"path\": \"m\", \"name\": \"m\", \"description\": \"\"}}, \"rootModelIdentifier\": \"A\"}")]
    [InlineData("{\"fileFormatVersion\": \"1.0.0\", \"itemInfoEntries\": {\"A\": {\"path\": 3, \"name\": \"m\", \"author\": \"\", \"description\": \"\"}}, \"rootModelIdentifier\": \"A\"}")]
    public void Malformed_item_entries(string json)
    {
        new PackageBuilder().Spec(Spec).Manifest(json).WriteTo(PackagePath);

        Reads.SingleError(PackagePath).Code.ShouldBe(ModelReadErrorCodes.ManifestEntries);
    }

    [Theory]
    [InlineData("{\"fileFormatVersion\": \"1.0.0\", \"itemInfoEntries\": {}}")]
    [InlineData("{\"fileFormatVersion\": \"1.0.0\", \"itemInfoEntries\": {}, \"rootModelIdentifier\": 5}")]
    [InlineData("{\"fileFormatVersion\": \"1.0.0\", \"itemInfoEntries\": {}, \"rootModelIdentifier\": \"Nope\"}")]
    public void Missing_or_unknown_root_identifier(string json)
    {
        new PackageBuilder().Spec(Spec).Manifest(json).WriteTo(PackagePath);

        Reads.SingleError(PackagePath).Code.ShouldBe(ModelReadErrorCodes.ManifestRoot);
    }

    [Theory]
    [InlineData("../outside.mlmodel")]
    [InlineData("com.apple.CoreML/../../outside.mlmodel")]
    [InlineData("..\\outside.mlmodel")]
    [InlineData("/etc/passwd")]
    [InlineData("\\\\server\\share\\model.mlmodel")]
    [InlineData("C:\\model.mlmodel")]
    [InlineData("C:model.mlmodel")]
    [InlineData("")]
    public void Root_paths_that_could_leave_the_package_are_refused(string rootPath)
    {
        _temp.WriteFile("outside.mlmodel", Spec.ToBytes());
        new PackageBuilder().Spec(Spec).Manifest(PackageBuilder.StandardManifest(rootPath)).WriteTo(PackagePath);

        ModelReadError error = Reads.SingleError(PackagePath);

        error.Code.ShouldBe(ModelReadErrorCodes.PackagePathOutside);
        error.Path.ShouldBe(ManifestPath);
    }

    [Fact]
    public void Root_model_file_that_is_a_symbolic_link_is_refused()
    {
        string outside = _temp.WriteFile("outside.mlmodel", Spec.ToBytes());
        new PackageBuilder().WriteTo(PackagePath);
        string link = Path.Combine(PackagePath, "Data", "com.apple.CoreML", "model.mlmodel");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, outside);

        ModelReadError error = Reads.SingleError(PackagePath);

        error.Code.ShouldBe(ModelReadErrorCodes.PackageSymbolicLink);
        error.Path.ShouldBe(link);
        error.Message.ShouldContain("Model.mlpackage/Data/com.apple.CoreML/model.mlmodel");
    }

    [Fact]
    public void Folder_inside_the_package_that_is_a_symbolic_link_is_refused()
    {
        string outsideFolder = _temp.Combine("elsewhere");
        Directory.CreateDirectory(outsideFolder);
        File.WriteAllBytes(Path.Combine(outsideFolder, "model.mlmodel"), Spec.ToBytes());
        new PackageBuilder().WriteTo(PackagePath);
        Directory.CreateDirectory(Path.Combine(PackagePath, "Data"));
        Directory.CreateSymbolicLink(Path.Combine(PackagePath, "Data", "com.apple.CoreML"), outsideFolder);

        Reads.SingleError(PackagePath).Code.ShouldBe(ModelReadErrorCodes.PackageSymbolicLink);
    }

    [Fact]
    public void Broken_symbolic_link_is_refused_as_a_link()
    {
        new PackageBuilder().WriteTo(PackagePath);
        string link = Path.Combine(PackagePath, "Data", "com.apple.CoreML", "model.mlmodel");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, _temp.Combine("does-not-exist.mlmodel"));

        Reads.SingleError(PackagePath).Code.ShouldBe(ModelReadErrorCodes.PackageSymbolicLink);
    }

    [Fact]
    public void Manifest_that_is_a_symbolic_link_is_refused()
    {
        string outsideManifest = _temp.WriteFile("Manifest.json", PackageBuilder.StandardManifest());
        new PackageBuilder().Spec(Spec).NoManifest().WriteTo(PackagePath);
        File.CreateSymbolicLink(ManifestPath, outsideManifest);

        Reads.SingleError(PackagePath).Code.ShouldBe(ModelReadErrorCodes.PackageSymbolicLink);
    }

    [Fact]
    public void Missing_root_model_file()
    {
        new PackageBuilder().WriteTo(PackagePath);

        ModelReadError error = Reads.SingleError(PackagePath);

        error.Code.ShouldBe(ModelReadErrorCodes.PackageRootModelMissing);
        error.Path.ShouldBe(ManifestPath);
        error.Message.ShouldContain("Data/com.apple.CoreML/model.mlmodel");
    }

    [Fact]
    public void Root_model_path_naming_a_folder()
    {
        new PackageBuilder().Manifest(PackageBuilder.StandardManifest("com.apple.CoreML")).WriteTo(PackagePath);
        Directory.CreateDirectory(Path.Combine(PackagePath, "Data", "com.apple.CoreML"));

        Reads.SingleError(PackagePath).Code.ShouldBe(ModelReadErrorCodes.PackageRootModelMissing);
    }

    [Fact]
    public void Corrupt_root_model_is_located_at_the_root_model_file()
    {
        new PackageBuilder().Spec(new byte[] { 0x0A, 0xFF }).WriteTo(PackagePath);

        ModelReadError error = Reads.SingleError(PackagePath);

        error.Code.ShouldBe(ModelReadErrorCodes.NotProtobuf);
        error.Path.ShouldBe(Path.Combine(PackagePath, "Data", "com.apple.CoreML", "model.mlmodel"));
        error.Message.ShouldContain("Model.mlpackage/Data/com.apple.CoreML/model.mlmodel");
    }
}
