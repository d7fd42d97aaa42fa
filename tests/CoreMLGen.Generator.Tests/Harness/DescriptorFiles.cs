using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace CoreMLGen.Generator.Tests.Harness;

/// <summary>The hand-written descriptors in Descriptors/ (the format's own examples, incl. hostile cases).</summary>
public static class DescriptorFiles
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Descriptors");

    public static IEnumerable<string> Names => System.IO.Directory.EnumerateFiles(Directory, "*.descriptor")
        .Select(Path.GetFileNameWithoutExtension)
        .Select(name => name!)
        .OrderBy(name => name, StringComparer.Ordinal);

    public static ModelInput Load(string name)
        => new(name + ".mlmodel", File.ReadAllText(Path.Combine(Directory, name + ".descriptor")));

    public static IEnumerable<object[]> NamesAndTargets()
        => Names.SelectMany(name => TargetKinds.All.Select(target => new object[] { name, target }));
}
