using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CoreMLGen.Testing;
using Shouldly;
using Xunit;

namespace CoreMLGen.Integration.Tests;

/// <summary>The one CoreMLGen package: its layout, its dependencies, the Roslyn it needs, and that packing is deterministic.</summary>
public class PackageTests
{
    [Fact]
    public void The_package_holds_runtime_generator_task_and_build_files_in_their_folders()
    {
        using ZipArchive package = ZipFile.OpenRead(PackedPackage.Instance.File);

        package.Entries.Select(e => e.FullName).Where(n => !n.StartsWith("_rels/", StringComparison.Ordinal) && !n.StartsWith("package/", StringComparison.Ordinal) && n != "[Content_Types].xml")
            .Order(StringComparer.Ordinal)
            .ShouldBe(new[]
            {
                "CoreMLGen.nuspec",
                "README.md",
                "analyzers/dotnet/cs/CoreMLGen.Generator.dll",
                "build/CoreMLGen.props",
                "build/CoreMLGen.targets",
                "buildTransitive/CoreMLGen.props",
                "buildTransitive/CoreMLGen.targets",
                "lib/net8.0/CoreMLGen.Runtime.dll",
                "lib/net8.0/CoreMLGen.Runtime.xml",
                "lib/netstandard2.0/CoreMLGen.Runtime.dll",
                "lib/netstandard2.0/CoreMLGen.Runtime.xml",
                "tasks/net8.0/CoreMLGen.Build.Tasks.deps.json",
                "tasks/net8.0/CoreMLGen.Build.Tasks.dll",
                "tasks/net8.0/CoreMLGen.Converters.dll", // madmom pickles are converted at build time
                "tasks/net8.0/CoreMLGen.Spec.dll",
                "tasks/net8.0/Google.Protobuf.dll",
                "tasks/net8.0/Razorvine.Pickle.dll",
            });

        XDocument nuspec = XDocument.Load(package.GetEntry("CoreMLGen.nuspec")!.Open());
        XNamespace ns = nuspec.Root!.Name.Namespace;
        XElement metadata = nuspec.Root.Element(ns + "metadata")!;
        metadata.Element(ns + "readme")!.Value.ShouldBe("README.md");
        metadata.Element(ns + "dependencies")!.Elements(ns + "group")
            .Select(g => g.Attribute("targetFramework")!.Value + ":" + string.Join(",", g.Elements(ns + "dependency").Select(d => d.Attribute("id")!.Value)))
            .Order(StringComparer.Ordinal)
            .ToArray()
            .ShouldBe(new[] { ".NETStandard2.0:System.Memory", "net8.0:" }, "the generator and the task bring no dependencies");

        // The files NuGet imports by package id are this repository's, byte for byte.
        foreach (string folder in new[] { "build", "buildTransitive" })
        {
            foreach (string file in new[] { "CoreMLGen.props", "CoreMLGen.targets" })
            {
                ReadAll(package, folder + "/" + file).ShouldBe(File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, "build", file)));
            }
        }
    }

    [Fact]
    public void The_generator_runs_on_the_NET_8_SDK_compiler_and_references_nothing_it_does_not_provide()
    {
        using ZipArchive package = ZipFile.OpenRead(PackedPackage.Instance.File);
        using var pe = new PEReader(new MemoryStream(ReadAll(package, "analyzers/dotnet/cs/CoreMLGen.Generator.dll")));
        MetadataReader metadata = pe.GetMetadataReader();

        var references = metadata.AssemblyReferences.Select(h => metadata.GetAssemblyReference(h))
            .ToDictionary(r => metadata.GetString(r.Name), r => r.Version);

        // Roslyn 4.8 is the .NET 8 SDK's compiler; it carries System.Collections.Immutable 7.0.
        references.Keys.Order(StringComparer.Ordinal).ToArray()
            .ShouldBe(new[] { "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "System.Collections.Immutable", "netstandard" });
        references["Microsoft.CodeAnalysis"].ShouldBeLessThanOrEqualTo(new Version(4, 8, 0, 0));
        references["Microsoft.CodeAnalysis.CSharp"].ShouldBeLessThanOrEqualTo(new Version(4, 8, 0, 0));
        references["System.Collections.Immutable"].ShouldBeLessThanOrEqualTo(new Version(7, 0, 0, 0));
    }

    [Fact]
    public void Packing_again_gives_a_byte_identical_package()
    {
        string again = Path.Combine(PackedPackage.Instance.Root, "again");
        DotnetBuild.Result pack = DotnetBuild.Run(
            TestPaths.RepoRoot,
            "pack", Path.Combine("runtime", "CoreMLGen.Runtime", "CoreMLGen.Runtime.csproj"),
            "--no-build", "-c", PackedPackage.Configuration, "-o", again,
            "-p:NuspecOutputPath=" + Path.Combine(PackedPackage.Instance.Root, "nuspec-again") + Path.DirectorySeparatorChar);

        pack.ExitCode.ShouldBe(0, pack.Output);
        pack.Output.ShouldNotContain("warning", Case.Insensitive, pack.Output);
        File.ReadAllBytes(Path.Combine(again, Path.GetFileName(PackedPackage.Instance.File))).ShouldBe(File.ReadAllBytes(PackedPackage.Instance.File));
    }

    [Fact]
    public void The_sample_restores_the_version_this_repository_packs()
    {
        string props = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "sample", "Directory.Packages.props"));

        foreach (string id in new[] { "CoreMLGen", "CoreMLGen.Evaluator", "CoreMLGen.Audio", "CoreMLGen.GoldenVectors" })
        {
            Regex.Match(props, "<PackageVersion Include=\"" + Regex.Escape(id) + "\" Version=\"([^\"]+)\"").Groups[1].Value.ShouldBe(PackedPackage.Instance.Version, id);
        }
    }

    private static byte[] ReadAll(ZipArchive package, string name)
    {
        using Stream stream = package.GetEntry(name)!.Open();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
