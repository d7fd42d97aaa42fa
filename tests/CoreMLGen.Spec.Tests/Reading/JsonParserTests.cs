using System.Collections.Generic;
using CoreMLGen.Spec.Reading;
using Shouldly;
using Xunit;

namespace CoreMLGen.Spec.Tests.Reading;

public sealed class JsonParserTests
{
    [Fact]
    public void Parses_every_value_kind()
    {
        JsonParser.TryParse(" { \"s\": \"a\\u00e9\\n\\\"\", \"n\": -1.5e+3, \"t\": true, \"f\": false, \"z\": null, \"a\": [1, {}] } ", out object? value, out string? error)
            .ShouldBeTrue(error);

        var json = value.ShouldBeOfType<JsonObject>();
        json.Names.ShouldBe(new[] { "s", "n", "t", "f", "z", "a" });
        json.TryGet("s", out object? text).ShouldBeTrue();
        text.ShouldBe("a\u00e9\n\"");
        json.TryGet("n", out object? number);
        number.ShouldBeOfType<JsonNumber>().Text.ShouldBe("-1.5e+3");
        json.TryGet("t", out object? yes);
        yes.ShouldBe(true);
        json.TryGet("z", out object? nothing).ShouldBeTrue();
        nothing.ShouldBeNull();
        json.TryGet("a", out object? array);
        array.ShouldBeOfType<List<object?>>().Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"a\" 1}")]
    [InlineData("{\"a\": 01}")]
    [InlineData("{\"a\": 1.}")]
    [InlineData("{\"a\": tru}")]
    [InlineData("{\"a\": \"\\x\"}")]
    [InlineData("{\"a\": \"\\u12\"}")]
    [InlineData("{\"a\": \"line\nbreak\"}")]
    [InlineData("[1,]")]
    [InlineData("{\"a\": NaN}")]
    public void Rejects_invalid_json_with_a_located_message(string text)
    {
        JsonParser.TryParse(text, out _, out string? error).ShouldBeFalse();
        error.ShouldNotBeNull().ShouldContain("line ");
    }

    [Fact]
    public void Rejects_absurd_nesting_without_overflowing_the_stack()
    {
        string deep = new string('[', 100000) + new string(']', 100000);

        JsonParser.TryParse(deep, out _, out string? error).ShouldBeFalse();
        error.ShouldNotBeNull().ShouldContain("nested too deeply");
    }
}
