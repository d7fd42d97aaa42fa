using System;
using System.IO;
using System.Linq;
using CoreMLGen.Build.Tasks;
using CoreMLGen.Testing;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Shouldly;
using Xunit;

namespace CoreMLGen.Integration.Tests.Tasks;

/// <summary>The metadata PrepareCoreMLModels gives each model for conversion, embedding and the Apple hand-over.</summary>
public sealed class PrepareModelsTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly FakeBuildEngine _engine = new();

    public void Dispose() => _temp.Dispose();

    private string Project => _temp.Combine("App");

    private string Outputs => Path.Combine(Project, "obj", "coremlgen");

    private ITaskItem Item(string relativePath, params (string Name, string Value)[] metadata)
    {
        var item = new TaskItem(Path.GetFullPath(Path.Combine(Project, relativePath)));
        foreach ((string name, string value) in metadata)
        {
            item.SetMetadata(name, value);
        }

        return item;
    }

    private PrepareCoreMLModels Prepare(bool apple, params ITaskItem[] models) => Prepare(apple, models, embedModelFiles: false);

    private PrepareCoreMLModels Prepare(bool apple, ITaskItem model, bool embedModelFiles) => Prepare(apple, new[] { model }, embedModelFiles);

    private PrepareCoreMLModels Prepare(bool apple, ITaskItem[] models, bool embedModelFiles)
    {
        var task = new PrepareCoreMLModels
        {
            BuildEngine = _engine,
            Models = models,
            ProjectDirectory = Project,
            DescriptorDirectory = Outputs,
            ResourcePrefixes = "Resources",
            AppleBundle = apple,
            EmbedModelFiles = embedModelFiles,
        };
        task.Execute().ShouldBeTrue();
        _engine.Errors.ShouldBeEmpty();
        return task;
    }

    [Fact]
    public void The_weight_files_of_a_package_are_embedded_beside_its_spec_only_when_specs_are()
    {
        string package = new CoreMLGen.Testing.Builders.PackageBuilder().Spec(SampleModels.ThermostatRegressor()).WriteTo(Path.Combine(Project, "Models", "Masks.mlpackage"));
        string weights = Path.Combine(package, "Data", "com.apple.CoreML", "weights", "weight.bin");
        Directory.CreateDirectory(Path.GetDirectoryName(weights)!);
        File.WriteAllBytes(weights, new byte[128]);
        File.WriteAllText(Path.Combine(package, "Data", "notes.txt"), "outside the root model's folder");

        PrepareCoreMLModels embedding = Prepare(false, Item("Models/Masks.mlpackage"), embedModelFiles: true);
        PrepareCoreMLModels notEmbedding = Prepare(false, Item("Models/Masks.mlpackage"));

        ITaskItem file = embedding.EmbeddedFiles.Single();
        file.ItemSpec.ShouldBe(weights);
        file.GetMetadata("ResourceName").ShouldBe("CoreMLGen.Models/Masks.mlpackage/weights/weight.bin");
        notEmbedding.EmbeddedFiles.ShouldBeEmpty();
    }

    [Fact]
    public void A_weight_file_too_large_for_an_assembly_resource_is_a_located_error()
    {
        string package = new CoreMLGen.Testing.Builders.PackageBuilder().Spec(SampleModels.ThermostatRegressor()).WriteTo(Path.Combine(Project, "Models", "Huge.mlpackage"));
        string weights = Path.Combine(package, "Data", "com.apple.CoreML", "weights", "weight.bin");
        Directory.CreateDirectory(Path.GetDirectoryName(weights)!);
        using (FileStream stream = File.Create(weights))
        {
            stream.SetLength(int.MaxValue + 1L); // sparse: nothing is written
        }

        var task = new PrepareCoreMLModels { BuildEngine = _engine, Models = new[] { Item("Models/Huge.mlpackage") }, ProjectDirectory = Project, DescriptorDirectory = Outputs, EmbedModelFiles = true };

        task.Execute().ShouldBeFalse();
        BuildErrorEventArgs error = _engine.Errors.Single();
        error.Code.ShouldBe("CMLG2023");
        error.File.ShouldBe(weights);
        (error.Message ?? string.Empty).ShouldContain("CoreMLGenEmbedModelSpecs");
        task.EmbeddedFiles.ShouldBeEmpty();
    }

    [Fact]
    public void A_model_file_is_converted_into_a_package_beside_its_descriptor()
    {
        string model = SampleModels.IrisClassifier().WriteTo(Path.Combine(Project, "Resources", "Iris.mlmodel"));

        ITaskItem prepared = Prepare(false, Item("Resources/Iris.mlmodel")).PreparedModels.Single();

        string package = Path.Combine(Outputs, "Resources", "Iris.mlpackage");
        prepared.GetMetadata("PackagePath").ShouldBe(package);
        prepared.GetMetadata("PackageFiles").Split(';').ShouldBe(new[] { Path.Combine(package, "Manifest.json"), Path.Combine(package, "Data", "com.apple.CoreML", "model.mlmodel") });
        prepared.GetMetadata("SpecFile").ShouldBe(model);
        prepared.GetMetadata("ResourceName").ShouldBe("CoreMLGen.Resources/Iris.mlmodel");
        prepared.GetMetadata("AppleModelPath").ShouldBe(package);
        prepared.GetMetadata("AppleLogicalName").ShouldBe("Iris.mlpackage", "the resource prefix is not part of the bundle name");
    }

    [Fact]
    public void A_package_is_used_as_it_is_unless_the_Apple_bundle_needs_it_under_another_name()
    {
        string package = new CoreMLGen.Testing.Builders.PackageBuilder().Spec(SampleModels.ThermostatRegressor()).WriteTo(Path.Combine(Project, "Models", "Heat.mlpackage"));

        ITaskItem plain = Prepare(false, Item("Models/Heat.mlpackage", ("LogicalName", "Other.mlmodel"))).PreparedModels.Single();
        ITaskItem same = Prepare(true, Item("Models/Heat.mlpackage")).PreparedModels.Single();
        ITaskItem renamed = Prepare(true, Item("Models/Heat.mlpackage", ("LogicalName", "Heating/Other.mlmodel"))).PreparedModels.Single();

        plain.GetMetadata("PackagePath").ShouldBeEmpty();
        plain.GetMetadata("ResourceName").ShouldBe("CoreMLGen.Models/Heat.mlpackage.mlmodel");
        plain.GetMetadata("SpecFile").ShouldBe(Path.Combine(package, "Data", "com.apple.CoreML", "model.mlmodel"));
        same.GetMetadata("PackagePath").ShouldBeEmpty();
        same.GetMetadata("AppleModelPath").ShouldBe(package);
        same.GetMetadata("AppleLogicalName").ShouldBe("Models/Heat.mlpackage");
        renamed.GetMetadata("PackagePath").ShouldBe(Path.Combine(Outputs, "Models", "Other.mlpackage"));
        renamed.GetMetadata("PackageFiles").Split(';').Order(StringComparer.Ordinal).ToArray().ShouldBe(new[]
        {
            Path.Combine(Outputs, "Models", "Other.mlpackage", "Data", "com.apple.CoreML", "model.mlmodel"),
            Path.Combine(Outputs, "Models", "Other.mlpackage", "Manifest.json"),
        });
        renamed.GetMetadata("AppleLogicalName").ShouldBe("Heating/Other.mlpackage");
    }

    [Fact]
    public void An_explicit_item_wins_over_a_default_item_and_every_item_of_a_model_is_handled()
    {
        ITaskItem glob = Item("Models/Iris.mlmodel", ("IsDefaultItem", "true"), ("Link", "Models/Iris.mlmodel"));
        ITaskItem explicitItem = Item("Models/Iris.mlmodel", ("ClassName", "Flowers"));
        ITaskItem insidePackage = Item("Models/Heat.mlpackage/Data/com.apple.CoreML/model.mlmodel", ("IsDefaultItem", "true"));
        ITaskItem insideOther = Item("Models/Unlisted.mlpackage/Data/com.apple.CoreML/model.mlmodel", ("IsDefaultItem", "true"));
        ITaskItem skipped = Item("Models/Skip.mlmodel", ("IsDefaultItem", "true"), ("Generate", "false"));

        PrepareCoreMLModels task = Prepare(true, glob, explicitItem, insidePackage, insideOther, skipped, Item("Models/Heat.mlpackage"));

        task.PreparedModels.Select(m => Path.GetFileName(m.ItemSpec)).ShouldBe(new[] { "Iris.mlmodel", "Heat.mlpackage" });
        task.PreparedModels[0].GetMetadata("ClassName").ShouldBe("Flowers");
        task.HandledItems.Select(i => i.ItemSpec).ShouldBe(new[] { glob.ItemSpec, explicitItem.ItemSpec, Item("Models/Heat.mlpackage").ItemSpec, insidePackage.ItemSpec });
    }

    [Fact]
    public void Outputs_never_collide_nor_nest_and_packages_keep_the_bundle_name()
    {
        PrepareCoreMLModels task = Prepare(
            false,
            Item("Models/A.mlmodel", ("LogicalName", "X.mlmodel")),
            Item("Models/X.mlmodel"),
            Item("Models/Foo.mlmodel"),
            Item("Models/Foo.mlpackage/Inner.mlmodel"));

        task.PreparedModels.Select(m => Path.GetRelativePath(Outputs, m.GetMetadata("PackagePath")).Replace('\\', '/')).ShouldBe(new[]
        {
            "Models/X.mlpackage",
            "Models/~2/X.mlpackage",
            "Models/Foo.mlpackage",
            "~2/Models/Foo.mlpackage/Inner.mlpackage",
        });
        task.PreparedModels[3].GetMetadata("DescriptorPath").ShouldBe(Path.Combine(Outputs, "~2", "Models", "Foo.mlpackage", "Inner.mlmodel.descriptor"));
    }
}
