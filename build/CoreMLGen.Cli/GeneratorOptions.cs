using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CoreMLGen.Cli;

/// <summary>The descriptor handed to the generator as an additional file, as the build passes it.</summary>
internal sealed class DescriptorText : AdditionalText
{
    private readonly SourceText _text;

    public DescriptorText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>Analyzer-config options with fixed values: the global ones, and one set for the descriptor file.</summary>
internal sealed class GeneratorOptions : AnalyzerConfigOptionsProvider
{
    private readonly AnalyzerConfigOptions _descriptor;

    public GeneratorOptions(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, string> descriptor)
    {
        GlobalOptions = new Values(global);
        _descriptor = new Values(descriptor);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => textFile is DescriptorText ? _descriptor : Values.Empty;

    private sealed class Values : AnalyzerConfigOptions
    {
        public static readonly Values Empty = new(ImmutableDictionary<string, string>.Empty);

        private readonly IReadOnlyDictionary<string, string> _values;

        public Values(IReadOnlyDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
