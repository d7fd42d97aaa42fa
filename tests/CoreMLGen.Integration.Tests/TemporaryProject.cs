using System;
using System.IO;
using CoreMLGen.Testing;

namespace CoreMLGen.Integration.Tests;

/// <summary>A throwaway app project outside the repository that uses the in-tree CoreMLGen (build/CoreMLGen.InRepo.targets).</summary>
public sealed class TemporaryProject : IDisposable
{
    public TemporaryProject(string items, string program)
    {
        Directory = Path.Combine(Path.GetTempPath(), "coremlgen-it-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        string inRepo = Path.Combine(TestPaths.RepoRoot, "build", "CoreMLGen.InRepo.targets");
        File.WriteAllText(Path.Combine(Directory, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RootNamespace>IntegrationApp</RootNamespace>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
              </PropertyGroup>
              <ItemGroup>
            {items}
              </ItemGroup>
              <Import Project="{inRepo}" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(Directory, "Program.cs"), program);
    }

    public string Directory { get; }

    public string DescriptorDirectory => Path.Combine(Directory, "obj", "Debug", "net10.0", "coremlgen");

    public string GeneratedDirectory => Path.Combine(Directory, "obj", "Debug", "net10.0", "generated", "CoreMLGen.Generator", "CoreMLGen.Generator.CoreMLModelGenerator");

    public string FullPath(string relative) => System.IO.Path.Combine(Directory, relative);

    /// <summary>Copies a model file or package folder into the project.</summary>
    public void Add(string source, string relative)
    {
        string target = FullPath(relative);
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        if (System.IO.Directory.Exists(source))
        {
            foreach (string file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                string destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
                System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
                File.Copy(file, destination);
            }
        }
        else
        {
            File.Copy(source, target);
        }
    }

    public DotnetBuild.Result Build() => DotnetBuild.Run(Directory, "build");

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test on cleanup.
        }
    }
}
