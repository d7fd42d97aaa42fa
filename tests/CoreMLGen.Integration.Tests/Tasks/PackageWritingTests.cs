using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using CoreMLGen.Build.Tasks;
using CoreMLGen.Spec.Reading;
using CoreMLGen.Testing;
using CoreMLGen.Testing.Builders;
using Microsoft.Build.Utilities;
using Shouldly;
using Xunit;

namespace CoreMLGen.Integration.Tests.Tasks;

/// <summary>How the task writes an .mlpackage: Apple's manifest, the spec bytes unchanged, atomically.</summary>
public sealed class PackageWritingTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_manifest_is_Apple_s_schema_in_coremltools_formatting()
    {
        PackageManifestWriter.Write("ID-1").ShouldBe(
            "{\n"
            + "    \"fileFormatVersion\": \"1.0.0\",\n"
            + "    \"itemInfoEntries\": {\n"
            + "        \"ID-1\": {\n"
            + "            \"author\": \"com.apple.CoreML\",\n"
            + "            \"description\": \"CoreML Model Specification\",\n"
            + "            \"name\": \"model.mlmodel\",\n"
            + "            \"path\": \"com.apple.CoreML/model.mlmodel\"\n"
            + "        }\n"
            + "    },\n"
            + "    \"rootModelIdentifier\": \"ID-1\"\n"
            + "}");
    }

    [Fact]
    public void The_identifier_is_an_uppercase_UUID_derived_from_the_relative_path_only()
    {
        string identifier = PackageIdentifier.For("Models/Iris.mlmodel");

        Regex.IsMatch(identifier, "^[0-9A-F]{8}-[0-9A-F]{4}-8[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$").ShouldBeTrue(identifier);
        PackageIdentifier.For("Models\\Iris.mlmodel").ShouldBe(identifier);
        PackageIdentifier.For("Models/Other.mlmodel").ShouldNotBe(identifier);
    }

    [Fact]
    public void A_package_holds_the_spec_bytes_unchanged_and_replaces_an_older_package_whole()
    {
        byte[] spec = SampleModels.IrisClassifier().ToBytes();
        string package = _temp.Combine("obj", "Models", "Iris.mlpackage");
        Directory.CreateDirectory(Path.Combine(package, "Data", "stale"));
        File.WriteAllText(Path.Combine(package, "Data", "stale", "left-over.bin"), "from an older conversion");

        ModelPackageWriter.Write(package, spec, "Models/Iris.mlmodel");
        byte[] manifest = File.ReadAllBytes(Path.Combine(package, "Manifest.json"));
        ModelPackageWriter.Write(package, spec, "Models/Iris.mlmodel");

        OutputFiles.Under(package).ShouldBe(new[] { "Data/com.apple.CoreML/model.mlmodel", "Manifest.json" });
        ModelReader.Read(package).SpecBytes.ShouldBe(spec);
        File.ReadAllBytes(Path.Combine(package, "Manifest.json")).ShouldBe(manifest, "the same model gives the same bytes");
        Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(package)!).ShouldBe(new[] { package }, "no temporary folder is left");
    }

    [Fact]
    public void A_failed_write_leaves_the_previous_package_as_it_was()
    {
        string package = _temp.Combine("Iris.mlpackage");
        ModelPackageWriter.Write(package, new byte[] { 1, 2, 3 }, "Iris.mlmodel");

        Should.Throw<IOException>(() => AtomicDirectory.Write(package, folder =>
        {
            File.WriteAllText(Path.Combine(folder, "Manifest.json"), "half");
            throw new IOException("disk full");
        }));

        File.ReadAllBytes(Path.Combine(package, "Data", "com.apple.CoreML", "model.mlmodel")).ShouldBe(new byte[] { 1, 2, 3 });
        Directory.EnumerateFileSystemEntries(_temp.Path).ShouldBe(new[] { package });
    }

    [Fact]
    public async System.Threading.Tasks.Task Writers_racing_on_one_package_leave_one_intact_package()
    {
        byte[] spec = SampleModels.ThermostatRegressor().ToBytes();
        string package = _temp.Combine("Race.mlpackage");

        // Readers racing the writers must always find a whole package (or, before the first swap, none).
        using var stop = new System.Threading.CancellationTokenSource();
        System.Threading.Tasks.Task reader = System.Threading.Tasks.Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                ModelReadResult read = ModelReader.Read(package);
                if (read.Succeeded)
                {
                    read.SpecBytes.ShouldBe(spec);
                }
            }
        });

        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 16 }, _ => ModelPackageWriter.Write(package, spec, "Race.mlmodel"));
        stop.Cancel();
        await reader;

        ModelReader.Read(package).SpecBytes.ShouldBe(spec);
        OutputFiles.Under(_temp.Path).ShouldBe(new[] { "Race.mlpackage/Data/com.apple.CoreML/model.mlmodel", "Race.mlpackage/Manifest.json" });
    }

    [Fact]
    public void A_writer_killed_mid_swap_leaves_an_aside_folder_that_the_next_writer_removes()
    {
        byte[] spec = SampleModels.ThermostatRegressor().ToBytes();
        string package = _temp.Combine("Killed.mlpackage");
        Directory.CreateDirectory(_temp.Combine(".Killed.mlpackage.0123456789abcdef0123456789abcdef.old", "Data"));

        ModelPackageWriter.Write(package, spec, "Killed.mlmodel");

        OutputFiles.Under(_temp.Path).ShouldBe(new[] { "Killed.mlpackage/Data/com.apple.CoreML/model.mlmodel", "Killed.mlpackage/Manifest.json" });
    }

    [Fact]
    public async System.Threading.Tasks.Task The_path_lock_is_exclusive_and_kept_outside_the_project()
    {
        string package = _temp.Combine("Locked.mlpackage");
        PathLock.LockFileFor(package).ShouldStartWith(Path.GetTempPath());
        PathLock.LockFileFor(package).ShouldBe(PathLock.LockFileFor(package + "/"));
        PathLock.LockFileFor(package).ShouldNotBe(PathLock.LockFileFor(_temp.Combine("Other.mlpackage")));

        System.Threading.Tasks.Task<bool> second;
        using (PathLock.Acquire(package))
        {
            second = System.Threading.Tasks.Task.Run(() =>
            {
                using (PathLock.Acquire(package))
                {
                    return true;
                }
            });
            await System.Threading.Tasks.Task.WhenAny(second, System.Threading.Tasks.Task.Delay(300));
            second.IsCompleted.ShouldBeFalse("a second writer must wait while the first holds the lock");
            Directory.EnumerateFileSystemEntries(_temp.Path).ShouldBeEmpty();
        }

        (await second).ShouldBeTrue("the second writer gets the lock once the first lets go");
    }

    [Fact]
    public void The_task_writes_package_then_descriptor_and_a_package_it_cannot_write_is_a_located_error()
    {
        string model = SampleModels.IrisClassifier().WriteTo(_temp.Combine("Iris.mlmodel"));
        string blocked = _temp.Combine("obj", "blocked");
        Directory.CreateDirectory(Path.GetDirectoryName(blocked)!);
        File.WriteAllText(blocked, "a file where the package's parent folder should be");
        var engine = new FakeBuildEngine();
        var good = new TaskItem(model);
        good.SetMetadata("DescriptorPath", _temp.Combine("obj", "Iris.mlmodel.descriptor"));
        good.SetMetadata("PackagePath", _temp.Combine("obj", "Iris.mlpackage"));
        good.SetMetadata("RelativePath", "Iris.mlmodel");
        var bad = new TaskItem(model);
        bad.SetMetadata("DescriptorPath", _temp.Combine("obj", "Again.mlmodel.descriptor"));
        bad.SetMetadata("PackagePath", Path.Combine(blocked, "Again.mlpackage"));

        new WriteCoreMLModelDescriptors { BuildEngine = engine, Models = new[] { good, bad } }.Execute().ShouldBeFalse();

        OutputFiles.Under(_temp.Combine("obj")).ShouldBe(new[]
        {
            "Iris.mlmodel.descriptor",
            "Iris.mlpackage/Data/com.apple.CoreML/model.mlmodel",
            "Iris.mlpackage/Manifest.json",
            "blocked",
        });
        Microsoft.Build.Framework.BuildErrorEventArgs error = engine.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("CMLG2022");
        error.File.ShouldBe(model);
    }

    [Fact]
    public void The_root_spec_of_a_package_is_found_through_its_manifest_and_never_outside_it()
    {
        string custom = new PackageBuilder().Spec(SampleModels.ThermostatRegressor()).RootPath("elsewhere/spec.bin").WriteTo(_temp.Combine("Custom.mlpackage"));
        string escaping = new PackageBuilder().Spec(SampleModels.ThermostatRegressor()).RootPath("../../x.mlmodel").WriteTo(_temp.Combine("Escape.mlpackage"));
        string broken = new PackageBuilder().Spec(SampleModels.ThermostatRegressor()).Manifest("{ nope").WriteTo(_temp.Combine("Broken.mlpackage"));

        ModelReader.FindPackageRootModel(custom).ShouldBe(Path.Combine(custom, "Data", "elsewhere", "spec.bin"));
        ModelReader.FindPackageRootModel(escaping).ShouldBeNull();
        ModelReader.FindPackageRootModel(broken).ShouldBeNull();
        ModelReader.FindPackageRootModel(_temp.Combine("Missing.mlpackage")).ShouldBeNull();
    }
}
