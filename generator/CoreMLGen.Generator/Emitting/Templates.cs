using System;
using System.IO;
using System.Text;

namespace CoreMLGen.Generator.Emitting;

/// <summary>
/// Fixed C# files shipped inside the generator as embedded resources (<c>Templates/*.cs</c>, not compiled into the
/// generator): real source files, so tests compile them as they are.
/// </summary>
internal static class Templates
{
    private const string Prefix = "CoreMLGen.Generator.Templates.";

    /// <summary>The text of a template, with <c>\n</c> line ends whatever the checkout did.</summary>
    public static string Read(string fileName)
    {
        using Stream stream = typeof(Templates).Assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException("The generator has no template " + fileName + ".");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}
