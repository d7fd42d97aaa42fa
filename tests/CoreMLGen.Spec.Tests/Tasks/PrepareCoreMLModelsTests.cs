using System;
using System.IO;
using System.Linq;
using CoreMLGen.Build.Tasks;
using CoreMLGen.Testing.Builders;
using CoreMLGen.Spec.Tests.Infrastructure;
using CoreMLGen.Testing;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Shouldly;
using Xunit;

namespace CoreMLGen.Spec.Tests.Tasks;

public sealed class PrepareCoreMLModelsTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly FakeBuildEngine _engine = new();

    public void Dispose() => _temp.Dispose();

    private string ProjectFolder => _temp.Combine("App");

    private string DescriptorFolder => Path.Combine(ProjectFolder, "obj", "Debug", "net10.0", "coremlgen");

    private ITaskItem Item(string relativePath, params (string Name, string Value)[] metadata)
    {
        // MSBuild hands tasks items whose FullPath is resolved against the project folder.
        var item = new TaskItem(Path.GetFullPath(Path.Combine(ProjectFolder, relativePath)));
        foreach ((string name, string value) in metadata)
        {
            item.SetMetadata(name, value);
        }

        return item;
    }

    private ITaskItem[] Prepare(string resourcePrefixes, params ITaskItem[] models)
    {
        var task = new PrepareCoreMLModels
        {
            BuildEngine = _engine,
            Models = models,
            ProjectDirectory = ProjectFolder,
            DescriptorDirectory = DescriptorFolder,
            ResourcePrefixes = resourcePrefixes,
        };
        task.Execute().ShouldBeTrue();
        _engine.Errors.ShouldBeEmpty();
        return task.PreparedModels;
    }

    private ITaskItem[] Prepare(params ITaskItem[] models) => Prepare("Resources", models);

    [Fact]
    public void Descriptor_paths_mirror_the_project_relative_path()
    {
        ITaskItem[] prepared = Prepare(Item("Models/A/Net.mlmodel"), Item("Models/B/Net.mlmodel"), Item("Net.mlmodel"));

        prepared.Select(item => item.GetMetadata("DescriptorPath")).ShouldBe(new[]
        {
            Path.Combine(DescriptorFolder, "Models", "A", "Net.mlmodel.descriptor"),
            Path.Combine(DescriptorFolder, "Models", "B", "Net.mlmodel.descriptor"),
            Path.Combine(DescriptorFolder, "Net.mlmodel.descriptor"),
        });
        prepared.Select(item => item.GetMetadata("RelativePath")).ShouldBe(new[] { "Models/A/Net.mlmodel", "Models/B/Net.mlmodel", "Net.mlmodel" });
        prepared[0].ItemSpec.ShouldBe(Path.Combine(ProjectFolder, "Models", "A", "Net.mlmodel"));
        prepared[0].GetMetadata("SourceModel").ShouldBe(prepared[0].ItemSpec);
    }

    [Fact]
    public void Models_outside_the_project_stay_inside_the_descriptor_folder()
    {
        ITaskItem[] prepared = Prepare(Item("../Shared/Net.mlmodel"), Item("../../Net.mlmodel"));

        prepared[0].GetMetadata("DescriptorPath").ShouldBe(Path.Combine(DescriptorFolder, "_parent", "Shared", "Net.mlmodel.descriptor"));
        prepared[1].GetMetadata("DescriptorPath").ShouldBe(Path.Combine(DescriptorFolder, "_parent", "_parent", "Net.mlmodel.descriptor"));
        prepared[0].GetMetadata("RelativePath").ShouldBe("../Shared/Net.mlmodel");
        prepared.All(item => item.GetMetadata("DescriptorPath").StartsWith(DescriptorFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ShouldBeTrue();
    }

    [Fact]
    public void Descriptor_paths_never_collide()
    {
        // "_parent" is the stand-in for "..", so a real folder of that name must not share a descriptor.
        ITaskItem[] prepared = Prepare(Item("../Net.mlmodel"), Item("_parent/Net.mlmodel"));

        prepared[0].GetMetadata("DescriptorPath").ShouldNotBe(prepared[1].GetMetadata("DescriptorPath"));
        prepared[1].GetMetadata("DescriptorPath").ShouldBe(Path.Combine(DescriptorFolder, "_parent", "Net.mlmodel~2.descriptor"));
    }

    [Fact]
    public void Duplicates_and_Generate_false_items_are_dropped()
    {
        ITaskItem[] prepared = Prepare(
            Item("Models/Net.mlmodel", ("ClassName", "First")),
            Item("Models/../Models/Net.mlmodel", ("ClassName", "Second")),
            Item("Models/Skip.mlmodel", ("Generate", "False")),
            Item("Models/Pkg.mlpackage/"),
            Item("Models/Pkg.mlpackage"));

        prepared.Length.ShouldBe(2);
        prepared[0].GetMetadata("ClassName").ShouldBe("First");
        prepared[1].GetMetadata("DescriptorPath").ShouldBe(Path.Combine(DescriptorFolder, "Models", "Pkg.mlpackage.descriptor"));
        prepared[1].GetMetadata("RelativePath").ShouldBe("Models/Pkg.mlpackage");
    }

    [Fact]
    public void User_metadata_is_kept()
    {
        ITaskItem prepared = Prepare(Item("Net.mlmodel", ("ClassName", "Digits"), ("Namespace", "App.ML"), ("Access", "internal"))).Single();

        prepared.GetMetadata("ClassName").ShouldBe("Digits");
        prepared.GetMetadata("Namespace").ShouldBe("App.ML");
        prepared.GetMetadata("Access").ShouldBe("internal");
    }

    [Fact]
    public void Link_sets_the_relative_path_and_the_bundle_name()
    {
        ITaskItem prepared = Prepare(Item("../Shared/Net.mlmodel", ("Link", "Resources\\Models\\Net.mlmodel"))).Single();

        prepared.GetMetadata("RelativePath").ShouldBe("Resources/Models/Net.mlmodel");
        prepared.GetMetadata("BundleName").ShouldBe("Models/Net");
        prepared.GetMetadata("DescriptorPath").ShouldBe(Path.Combine(DescriptorFolder, "_parent", "Shared", "Net.mlmodel.descriptor"));
    }

    [Theory]
    [InlineData("Models/Net.mlmodel", "Resources", "Models/Net")]
    [InlineData("Resources/Net.mlmodel", "Resources", "Net")]
    [InlineData("resources/Sub/Net.mlpackage", "Resources", "Sub/Net")]
    [InlineData("Resources/Sub/Net.mlmodel", "Resources;Resources/Sub", "Net")]
    [InlineData("Resources/Sub/Net.mlmodel", "Resources/Sub/;Resources", "Net")]
    [InlineData("Assets/Net.mlmodel", ";Assets;;Resources", "Net")]
    [InlineData("ResourcesX/Net.mlmodel", "Resources", "ResourcesX/Net")]
    [InlineData("Net.v2.mlmodel", "", "Net.v2")]
    public void Bundle_name_strips_the_longest_resource_prefix_and_the_extension(string path, string prefixes, string expected)
    {
        Prepare(prefixes, Item(path)).Single().GetMetadata("BundleName").ShouldBe(expected);
    }

    [Fact]
    public void LogicalName_wins_for_the_bundle_name()
    {
        Prepare(Item("Resources/Net.mlmodel", ("LogicalName", "Custom\\Name.mlmodel"))).Single().GetMetadata("BundleName").ShouldBe("Custom/Name");
    }

    [Fact]
    public void Bundle_name_is_relative_to_the_project_that_defines_the_item()
    {
        string shared = _temp.Combine("Shared");
        var item = new ItemDefinedElsewhere(Path.Combine(shared, "Resources", "Net.mlmodel"), shared + Path.DirectorySeparatorChar);

        ITaskItem prepared = Prepare(item).Single();

        prepared.GetMetadata("BundleName").ShouldBe("Net");
        prepared.GetMetadata("RelativePath").ShouldBe("../Shared/Resources/Net.mlmodel");
    }

    [Fact]
    public void Model_inputs_of_a_file_is_the_file()
    {
        string model = SpecBuilder.NeuralNetwork().Input("x", FeatureTypes.Double()).WriteTo(Path.Combine(ProjectFolder, "Net.mlmodel"));

        Prepare(Item("Net.mlmodel")).Single().GetMetadata("ModelInputs").ShouldBe(model);
    }

    [Fact]
    public void Model_inputs_of_a_package_are_all_its_files()
    {
        string package = new PackageBuilder().Spec(SpecBuilder.NeuralNetwork().Input("x", FeatureTypes.Double()))
            .WriteTo(Path.Combine(ProjectFolder, "Models", "Net.mlpackage"));
        File.WriteAllText(Path.Combine(package, "Data", "com.apple.CoreML", "weight.bin"), "w");

        string inputs = Prepare(Item("Models/Net.mlpackage")).Single().GetMetadata("ModelInputs");

        inputs.Split(';').ShouldBe(new[]
        {
            Path.Combine(package, "Data", "com.apple.CoreML", "model.mlmodel"),
            Path.Combine(package, "Data", "com.apple.CoreML", "weight.bin"),
            Path.Combine(package, "Manifest.json"),
        });
    }

    [Fact]
    public void Model_inputs_escape_msbuild_special_characters_one_path_at_a_time()
    {
        ITaskItem prepared = Prepare(Item("Models/A;B (1)%.mlmodel")).Single();

        // GetMetadata unescapes, so the literal path comes back whole; the raw value keeps ';' escaped.
        prepared.GetMetadata("ModelInputs").ShouldBe(Path.Combine(ProjectFolder, "Models", "A;B (1)%.mlmodel"));
        ((ITaskItem2)prepared).GetMetadataValueEscaped("ModelInputs").ShouldContain("A%3bB %281%29%25.mlmodel", Case.Insensitive);
        prepared.GetMetadata("DescriptorPath").ShouldBe(Path.Combine(DescriptorFolder, "Models", "A;B (1)%.mlmodel.descriptor"));
    }

    [Fact]
    public void No_models_is_no_work()
    {
        Prepare(Array.Empty<ITaskItem>()).ShouldBeEmpty();
    }
}
