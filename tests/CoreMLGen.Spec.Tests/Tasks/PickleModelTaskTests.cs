using System;
using System.IO;
using System.Linq;
using System.Text;
using CoreMLGen.Build.Tasks;
using CoreMLGen.Spec.Reading;
using CoreMLGen.Spec.Tests.Infrastructure;
using CoreMLGen.Testing;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Shouldly;
using Xunit;

namespace CoreMLGen.Spec.Tests.Tasks;

/// <summary>madmom <c>.pkl</c> items through both tasks: converted into a package whose spec is embedded, ensembles as one model.</summary>
public sealed class PickleModelTaskTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly FakeBuildEngine _engine = new();

    public void Dispose() => _temp.Dispose();

    private string ProjectFolder => _temp.Combine("App");

    private string Fixture(string name, string copyAs)
    {
        string target = Path.Combine(ProjectFolder, "models", copyAs);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(Path.Combine(TestPaths.SharedFixtures, "madmom", name), target);
        return target;
    }

    private ITaskItem[] Prepare(params ITaskItem[] models)
    {
        var task = new PrepareCoreMLModels
        {
            BuildEngine = _engine,
            Models = models,
            ProjectDirectory = ProjectFolder,
            DescriptorDirectory = Path.Combine(ProjectFolder, "obj", "coremlgen"),
        };
        task.Execute().ShouldBe(_engine.Errors.Count == 0);
        return task.PreparedModels;
    }

    private bool Write(params ITaskItem[] prepared) => new WriteCoreMLModelDescriptors { BuildEngine = _engine, Models = prepared }.Execute();

    private static ITaskItem Item(string path, string ensemble = "")
    {
        var item = new TaskItem(path);
        if (ensemble.Length > 0)
        {
            item.SetMetadata("Ensemble", ensemble);
        }

        return item;
    }

    [FixtureFact]
    public void A_pickle_converts_into_a_package_whose_spec_is_the_embedded_one()
    {
        string pickle = Fixture("beats_2016_beats_lstm_1.pkl", "beats_lstm.pkl");
        ITaskItem item = Prepare(Item(pickle)).ShouldHaveSingleItem();

        Write(item).ShouldBeTrue();

        _engine.Errors.ShouldBeEmpty();
        string spec = item.GetMetadata("SpecFile");
        spec.ShouldBe(Path.Combine(item.GetMetadata("PackagePath"), "Data", "com.apple.CoreML", "model.mlmodel"));
        ModelReadResult read = ModelReader.Read(item.GetMetadata("PackagePath"));
        read.Succeeded.ShouldBeTrue();
        read.Spec!.Description.Metadata.UserDefined["com.github.coremlgen.source"].ShouldBe("beats_lstm.pkl");
        File.ReadAllText(item.GetMetadata("DescriptorPath")).ShouldContain("features");
    }

    [FixtureFact]
    public void Items_sharing_an_Ensemble_name_become_one_model_beside_the_first_member()
    {
        string[] pickles = Enumerable.Range(1, 3).Select(i => Fixture("beats_2015_beats_blstm_" + i + ".pkl", "beats_blstm_" + i + ".pkl")).ToArray();
        ITaskItem item = Prepare(pickles.Select(p => Item(p, "BeatsBlstm")).ToArray()).ShouldHaveSingleItem();

        item.ItemSpec.ShouldBe(Path.Combine(ProjectFolder, "models", "BeatsBlstm.pkl"));
        item.GetMetadata("RelativePath").ShouldBe("models/BeatsBlstm.pkl");
        item.GetMetadata("ModelInputs").Split(';').ShouldBe(pickles);
        Write(item).ShouldBeTrue();
        _engine.Errors.ShouldBeEmpty();
        ModelReader.Read(item.GetMetadata("PackagePath")).Spec!.NeuralNetwork.Layers.Last().Average.ShouldNotBeNull();
    }

    [Fact]
    public void A_hostile_pickle_is_a_located_error_and_writes_nothing()
    {
        string pickle = Path.Combine(ProjectFolder, "models", "evil.pkl");
        Directory.CreateDirectory(Path.GetDirectoryName(pickle)!);
        File.WriteAllBytes(pickle, Encoding.Latin1.GetBytes("\u0080\u0002cos\nsystem\nU\u0002ls\u0085R."));
        ITaskItem item = Prepare(Item(pickle)).ShouldHaveSingleItem();

        Write(item).ShouldBeFalse();

        BuildErrorEventArgs error = _engine.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("CMLG2030");
        error.File.ShouldBe(pickle);
        error.Message!.ShouldContain("'os.system'");
        File.Exists(item.GetMetadata("DescriptorPath")).ShouldBeFalse();
        Directory.Exists(item.GetMetadata("PackagePath")).ShouldBeFalse();
    }
}
