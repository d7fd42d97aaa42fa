using Shouldly;
using Xunit;

namespace CoreMLGen.Cli.Tests;

/// <summary>Output file names: safe names kept, others made safe with a hash of the name (first 8 hex digits of SHA-256, worked out with Python's hashlib).</summary>
public class OutputFileNamesTests
{
    [Theory]
    [InlineData("logits", "logits", false)]
    [InlineData("var_12.out-1", "var_12.out-1", false)]
    [InlineData("logits/out", "logits_out-9fd35906", true)]
    [InlineData("a b", "a_b-c8687a08", true)]
    [InlineData(".hidden", "_.hidden-16924190", true)]
    [InlineData("CON", "CON-a3dbc4b6", true)]
    [InlineData("", "_-e3b0c442", true)]
    [InlineData("é", "_-4a99557e", true)]
    public void Names_are_kept_or_made_safe(string featureName, string fileName, bool changed)
    {
        new OutputFileNames().For(featureName, out bool wasChanged).ShouldBe(fileName);
        wasChanged.ShouldBe(changed);
    }

    [Fact]
    public void A_name_that_clashes_ignoring_case_with_an_earlier_one_gets_a_hash()
    {
        var names = new OutputFileNames();

        names.For("out", out bool first).ShouldBe("out");
        names.For("Out", out bool second).ShouldBe("Out-9a3c5460");
        first.ShouldBeFalse();
        second.ShouldBeTrue();
    }
}
