using System;
using System.IO;
using System.Linq;
using CoreMLGen.Build.Tasks;
using CoreMLGen.Spec.Descriptors;
using CoreMLGen.Spec.Reading;
using CoreMLGen.Testing.Builders;
using CoreMLGen.Spec.Tests.Infrastructure;
using CoreMLGen.Testing;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Shouldly;
using Xunit;

namespace CoreMLGen.Spec.Tests.Tasks;

public sealed class WriteCoreMLModelDescriptorsTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly FakeBuildEngine _engine = new();

    public void Dispose() => _temp.Dispose();

    private string DescriptorFolder => _temp.Combine("obj", "coremlgen");

    private static SpecBuilder GoodSpec => SpecBuilder.NeuralNetwork().Input("x", FeatureTypes.Double()).Output("y", FeatureTypes.Double());

    private ITaskItem Item(string modelPath, string? descriptorPath)
    {
        var item = new TaskItem(modelPath);
        if (descriptorPath is not null)
        {
            item.SetMetadata("DescriptorPath", descriptorPath);
        }

        return item;
    }

    private WriteCoreMLModelDescriptors Task(params ITaskItem[] models) => new() { BuildEngine = _engine, Models = models };

    private string[] FilesIn(string folder) => Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories) : Array.Empty<string>();

    [Fact]
    public void Writes_the_descriptor_of_a_good_model()
    {
        string model = GoodSpec.WriteTo(_temp.Combine("Models", "Good.mlmodel"));
        string descriptor = Path.Combine(DescriptorFolder, "Models", "Good.mlmodel.descriptor");
        WriteCoreMLModelDescriptors task = Task(Item(model, descriptor));

        task.Execute().ShouldBeTrue();

        _engine.Errors.ShouldBeEmpty();
        File.ReadAllText(descriptor).ShouldBe(DescriptorWriter.Write(ModelReader.Read(model).Interface!));
        ITaskItem output = task.Descriptors.ShouldHaveSingleItem();
        output.ItemSpec.ShouldBe(descriptor);
        output.GetMetadata("SourceModel").ShouldBe(model);
        FilesIn(DescriptorFolder).ShouldBe(new[] { descriptor });
    }

    [Fact]
    public void Descriptor_bytes_are_utf8_without_bom()
    {
        string model = GoodSpec.WriteTo(_temp.Combine("Good.mlmodel"));
        string descriptor = Path.Combine(DescriptorFolder, "Good.mlmodel.descriptor");

        Task(Item(model, descriptor)).Execute().ShouldBeTrue();

        File.ReadAllBytes(descriptor)[0].ShouldBe((byte)'c');
    }

    [Fact]
    public void Replaces_an_existing_descriptor_and_leaves_no_temporary_file()
    {
        string model = GoodSpec.WriteTo(_temp.Combine("Good.mlmodel"));
        string descriptor = _temp.WriteFile(Path.Combine("obj", "coremlgen", "Good.mlmodel.descriptor"), "old");

        Task(Item(model, descriptor)).Execute().ShouldBeTrue();

        File.ReadAllText(descriptor).ShouldStartWith("coremlgen-descriptor 2\n");
        FilesIn(DescriptorFolder).ShouldBe(new[] { descriptor });
    }

    [Fact]
    public void A_bad_model_is_a_located_error_and_leaves_the_previous_descriptor_untouched()
    {
        string model = _temp.WriteFile("Bad.mlmodel", new byte[] { 0x0A, 0xFF, 0x03 });
        string descriptor = _temp.WriteFile(Path.Combine("obj", "coremlgen", "Bad.mlmodel.descriptor"), "previous good content");
        DateTime stamp = new(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(descriptor, stamp);

        Task(Item(model, descriptor)).Execute().ShouldBeFalse();

        BuildErrorEventArgs error = _engine.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(ModelReadErrorCodes.NotProtobuf);
        error.File.ShouldBe(model);
        error.Message!.ShouldContain("Bad.mlmodel");
        File.ReadAllText(descriptor).ShouldBe("previous good content");
        File.GetLastWriteTimeUtc(descriptor).ShouldBe(stamp);
        FilesIn(DescriptorFolder).ShouldBe(new[] { descriptor });
    }

    [Fact]
    public void A_bad_model_without_a_previous_descriptor_writes_nothing()
    {
        string model = _temp.WriteFile("Empty.mlmodel", Array.Empty<byte>());

        Task(Item(model, Path.Combine(DescriptorFolder, "Empty.mlmodel.descriptor"))).Execute().ShouldBeFalse();

        _engine.Errors.ShouldHaveSingleItem().Code.ShouldBe(ModelReadErrorCodes.EmptyFile);
        FilesIn(DescriptorFolder).ShouldBeEmpty();
    }

    [Fact]
    public void Converts_the_other_models_after_a_failure()
    {
        string bad = _temp.WriteFile("._Bad.mlmodel", new byte[] { 0x00, 0x05, 0x16, 0x07, 0x00 });
        string missing = _temp.Combine("Missing.mlmodel");
        string good = GoodSpec.WriteTo(_temp.Combine("Good.mlmodel"));
        string goodDescriptor = Path.Combine(DescriptorFolder, "Good.mlmodel.descriptor");
        WriteCoreMLModelDescriptors task = Task(
            Item(bad, Path.Combine(DescriptorFolder, "._Bad.mlmodel.descriptor")),
            Item(missing, Path.Combine(DescriptorFolder, "Missing.mlmodel.descriptor")),
            Item(good, goodDescriptor));

        task.Execute().ShouldBeFalse();

        _engine.Errors.Select(error => error.Code).ShouldBe(new[] { ModelReadErrorCodes.AppleDoubleFile, ModelReadErrorCodes.ModelNotFound });
        _engine.Errors.Select(error => error.File).ShouldBe(new[] { bad, missing });
        task.Descriptors.ShouldHaveSingleItem().ItemSpec.ShouldBe(goodDescriptor);
        FilesIn(DescriptorFolder).ShouldBe(new[] { goodDescriptor });
    }

    [Fact]
    public void Package_errors_are_located_at_the_file_inside_the_package()
    {
        string package = new PackageBuilder().Spec(GoodSpec).Manifest("{ nope").WriteTo(_temp.Combine("Broken.mlpackage"));

        Task(Item(package, Path.Combine(DescriptorFolder, "Broken.mlpackage.descriptor"))).Execute().ShouldBeFalse();

        BuildErrorEventArgs error = _engine.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(ModelReadErrorCodes.ManifestMalformed);
        error.File.ShouldBe(Path.Combine(package, "Manifest.json"));
        FilesIn(DescriptorFolder).ShouldBeEmpty();
    }

    [Fact]
    public void Reads_a_package()
    {
        string package = new PackageBuilder().Spec(GoodSpec).WriteTo(_temp.Combine("Good.mlpackage"));
        string descriptor = Path.Combine(DescriptorFolder, "Good.mlpackage.descriptor");

        Task(Item(package + "/", descriptor)).Execute().ShouldBeTrue();

        File.ReadAllText(descriptor).ShouldContain("kind=neuralNetwork");
    }

    [Fact]
    public void A_newer_spec_version_is_logged_as_a_warning_and_converted()
    {
        string model = GoodSpec.SpecVersion(12).WriteTo(_temp.Combine("Future.mlmodel"));
        string descriptor = Path.Combine(DescriptorFolder, "Future.mlmodel.descriptor");

        Task(Item(model, descriptor)).Execute().ShouldBeTrue();

        BuildWarningEventArgs warning = _engine.Warnings.ShouldHaveSingleItem();
        warning.Code.ShouldBe(ModelReadErrorCodes.NewerSpecVersion);
        warning.File.ShouldBe(model);
        File.Exists(descriptor).ShouldBeTrue();
    }

    [Fact]
    public void An_item_without_descriptor_path_is_an_error()
    {
        string model = GoodSpec.WriteTo(_temp.Combine("Good.mlmodel"));

        Task(Item(model, null)).Execute().ShouldBeFalse();

        BuildErrorEventArgs error = _engine.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("CMLG2020");
        error.File.ShouldBe(model);
    }

    [Fact]
    public void An_unwritable_descriptor_is_an_error_and_leaves_no_temporary_file()
    {
        string model = GoodSpec.WriteTo(_temp.Combine("Good.mlmodel"));
        string descriptor = Path.Combine(DescriptorFolder, "Good.mlmodel.descriptor");
        Directory.CreateDirectory(descriptor); // a folder where the file should go

        Task(Item(model, descriptor)).Execute().ShouldBeFalse();

        BuildErrorEventArgs error = _engine.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("CMLG2021");
        error.File.ShouldBe(model);
        FilesIn(DescriptorFolder).ShouldBeEmpty();
    }

    [Fact]
    public void A_canceled_task_writes_nothing_and_fails()
    {
        string model = GoodSpec.WriteTo(_temp.Combine("Good.mlmodel"));
        WriteCoreMLModelDescriptors task = Task(Item(model, Path.Combine(DescriptorFolder, "Good.mlmodel.descriptor")));

        task.Cancel();

        task.Execute().ShouldBeFalse();
        FilesIn(DescriptorFolder).ShouldBeEmpty();
        _engine.Errors.ShouldBeEmpty();
    }
}
