using System.Collections.Generic;

namespace CoreMLGen.Generator.Descriptors;

/// <summary>One record of a descriptor: a keyword and its <c>key=value</c> attributes, in file order.</summary>
internal sealed class DescriptorLine
{
    public DescriptorLine(int lineNumber, string keyword, List<KeyValuePair<string, string>> attributes)
    {
        LineNumber = lineNumber;
        Keyword = keyword;
        Attributes = attributes;
    }

    public int LineNumber { get; }

    public string Keyword { get; }

    public List<KeyValuePair<string, string>> Attributes { get; }
}
