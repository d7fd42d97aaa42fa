using System.IO;
using System.Linq;
using System.Reflection;
using CoreMLGen.Build.Tasks;
using CoreMLGen.Spec.Interface;
using CoreMLGen.Spec.Reading;
using CoreMLGen.Spec.Tests.Infrastructure;
using CoreMLGen.Testing;
using Shouldly;
using Xunit;

namespace CoreMLGen.Spec.Tests.Documentation;

/// <summary>The docs list every code and kind the code can produce.</summary>
public sealed class DocumentationTests
{
    private static string ReadDoc(string name)
    {
        string root = TestPaths.RepoRoot;
        return File.ReadAllText(Path.Combine(root, "docs", name));
    }

    private static string[] ConstantsOf(System.Type type)
        => type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToArray();

    [Fact]
    public void Every_error_code_has_a_section_in_diagnostics_md()
    {
        string doc = ReadDoc("diagnostics.md");
        string[] codes = ConstantsOf(typeof(ModelReadErrorCodes)).Concat(ConstantsOf(typeof(TaskErrorCodes))).ToArray();

        codes.Length.ShouldBeGreaterThan(15);
        foreach (string code in codes)
        {
            doc.ShouldContain("### " + code);
        }
    }

    [Fact]
    public void Every_model_kind_is_listed_in_the_descriptor_format()
    {
        string doc = ReadDoc("descriptor-format.md");

        foreach (string kind in ConstantsOf(typeof(ModelKinds)))
        {
            doc.ShouldContain("`" + kind + "`");
        }
    }
}
