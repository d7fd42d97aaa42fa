using System.Linq;
using CoreMLGen.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;
using Shouldly;
using Xunit;

namespace CoreMLGen.Generator.Tests;

/// <summary>Bad descriptors give located errors with a code; the generator never throws and emits nothing for them.</summary>
public class DescriptorErrorTests
{
    private const string Header = "coremlgen-descriptor 2\n";
    private const string ModelLine = "model specVersion=1 kind=neuralNetwork updatable=false\n";
    private const string GoodInput = "input name=\"x\" description=\"\" optional=false type=double\n";

    [Theory]
    [InlineData("", "(empty)")]
    [InlineData("coremlgen-descriptor 1\n" + ModelLine, "coremlgen-descriptor 1")]
    [InlineData("coremlgen-descriptor 3\n" + ModelLine, "coremlgen-descriptor 3")]
    [InlineData("\u0000\u0005\u0016\u0007 binary junk", "\u0000\u0005\u0016\u0007 binary junk")]
    [InlineData("model specVersion=1 kind=neuralNetwork updatable=false\n", "model specVersion=1 kind=neuralNetwork updatable=false")]
    public void Wrong_or_missing_version_line_is_CMLG1001(string text, string shownHeader)
    {
        GeneratorRun run = GeneratorHarness.Run(TargetKind.Portable, new ModelInput("Bad.mlmodel", text));

        Diagnostic diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CMLG1001");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.GetMessage().ShouldContain(shownHeader);
        diagnostic.Location.GetLineSpan().Path.ShouldEndWith("Bad.mlmodel.descriptor");
        run.Sources.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(ModelLine + "input name=\"x\" description=\"\" optional=maybe type=double\n", 3, "must be true or false")]
    [InlineData(ModelLine + "input name=\"x\" description=\"\" optional=false\n", 3, "needs attribute 'type'")]
    [InlineData(ModelLine + "input name=\"x\" description=\"\" optional=false type=tensor\n", 3, "unknown feature type 'tensor'")]
    [InlineData(ModelLine + "input name=\"x\" description=\"\" optional=false type=double color=red\n", 3, "unknown attribute 'color'")]
    [InlineData(ModelLine + "layer name=\"x\"\n", 3, "unknown record 'layer'")]
    [InlineData(ModelLine + "input optional=false type=double name=\"unterminated\n", 3, "unterminated quoted value")]
    [InlineData(ModelLine + "input name=\"a\\qb\" description=\"\" optional=false type=double\n", 3, "unknown escape")]
    [InlineData(ModelLine + "input  name=\"x\"\n", 3, "expected an attribute name")]
    [InlineData("model specVersion=one kind=neuralNetwork updatable=false\n" + GoodInput, 2, "must be an integer")]
    [InlineData(ModelLine + "input name=\"x\" description=\"\" optional=false type=multiArray dataType=float32 shape=1,x flexibility=none\n", 3, "comma-separated list of integers")]
    [InlineData(ModelLine + "input name=\"x\" description=\"\" optional=false type=multiArray dataType=bfloat16 shape=1 flexibility=none\n", 3, "unknown value 'bfloat16'")]
    [InlineData(ModelLine + "input name=\"x\" description=\"\" optional=false type=image width=1 height=1 colorSpace=rgb flexibility=range widthRange=1-2 heightRange=1..2\n", 3, "must be a range")]
    [InlineData(ModelLine + "customParameter name=\"a\" type=int value=\"1\"\n", 3, "must follow a 'customLayer' record")]
    [InlineData(ModelLine + "customLayer className=\"A\" layer=\"a\" description=\"\" inputs=1 outputs=1 weights=\"\"\n" + GoodInput + "customParameter name=\"a\" type=int value=\"1\"\n", 5, "must follow a 'customLayer' record")]
    [InlineData(ModelLine + "customLayer className=\"A\" layer=\"a\" description=\"\" inputs=1 outputs=1 weights=float64:3\n", 3, "storage:count")]
    [InlineData(ModelLine + "customLayer className=\"A\" layer=\"a\" description=\"\" inputs=1 outputs=1 weights=\"\"\ncustomParameter name=\"a\" type=int value=\"1.5\"\n", 4, "not a valid int")]
    [InlineData(ModelLine + "customLayer className=\"A\" layer=\"a\" description=\"\" inputs=1 outputs=1 weights=\"\"\ncustomParameter name=\"a\" type=float value=\"1\"\n", 4, "must be one of")]
    [InlineData(ModelLine + "statePair input=\"a\" output=\"b\" foundBy=guess layer=\"\" layerType=none slots=\"\"\n", 3, "must be one of wiring, name")]
    [InlineData(ModelLine + "statePair input=\"a\" output=\"b\" foundBy=wiring layer=\"l\" layerType=gru slots=h,z\n", 3, "h, c, hRev or cRev")]
    [InlineData(GoodInput, 1, "no 'model' record")]
    [InlineData(ModelLine + ModelLine, 3, "exactly one 'model' record")]
    public void Malformed_record_is_CMLG1002_at_its_line(string body, int line, string message)
    {
        GeneratorRun run = GeneratorHarness.Run(TargetKind.Portable, new ModelInput("Bad.mlmodel", Header + body));

        Diagnostic diagnostic = run.GeneratorDiagnostics.First(d => d.Id == "CMLG1002");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.GetMessage().ShouldContain(message);
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(line - 1);
        run.Sources.ShouldBeEmpty();
    }

    [Fact]
    public void A_bad_descriptor_does_not_stop_the_other_models()
    {
        GeneratorRun run = GeneratorHarness.Run(
            TargetKind.Portable,
            new ModelInput("Bad.mlmodel", "garbage"),
            new ModelInput("Good.mlmodel", Header + ModelLine + GoodInput));

        run.GeneratorDiagnostics.ShouldContain(d => d.Id == "CMLG1001");
        run.Sources.Keys.ShouldBe(new[] { "Good.mlmodel.g.cs", "Good.mlmodel.NoBackend.g.cs" }, ignoreOrder: true);
        run.CompilationProblems.ShouldBeEmpty();
    }

    [Fact]
    public void Crlf_line_endings_are_accepted()
    {
        string text = (Header + ModelLine + GoodInput).Replace("\n", "\r\n");

        GeneratorRun run = GeneratorHarness.Run(TargetKind.Portable, new ModelInput("Crlf.mlmodel", text));

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.Sources.Keys.ShouldContain("Crlf.mlmodel.g.cs");
    }
}
