using System;
using System.Text;

namespace CoreMLGen.Generator.Emitting;

/// <summary>An indentation-tracking string builder: four spaces per level, <c>\n</c> line endings.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public void Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(text);
        }

        _builder.Append('\n');
    }

    /// <summary>Writes <paramref name="header"/>, an opening brace and indents.</summary>
    public void Open(string header)
    {
        if (header.Length > 0)
        {
            Line(header);
        }

        Line("{");
        _indent++;
    }

    /// <summary>Dedents and writes the closing brace (dropping a blank line just before it).</summary>
    public void Close(string suffix = "")
    {
        if (_indent == 0)
        {
            throw new InvalidOperationException("Unbalanced Close().");
        }

        // A member list ends at the brace, not at the blank line that separates members.
        if (_builder.Length >= 2 && _builder[_builder.Length - 1] == '\n' && _builder[_builder.Length - 2] == '\n')
        {
            _builder.Length--;
        }

        _indent--;
        Line("}" + suffix);
    }

    /// <summary>Writes an XML doc <c>summary</c> (text is escaped here).</summary>
    public void Summary(string text)
    {
        Line("/// <summary>" + XmlDoc.Escape(text) + "</summary>");
    }

    public override string ToString()
    {
        if (_indent != 0)
        {
            throw new InvalidOperationException("Unbalanced indentation at end of file.");
        }

        return _builder.ToString();
    }
}
