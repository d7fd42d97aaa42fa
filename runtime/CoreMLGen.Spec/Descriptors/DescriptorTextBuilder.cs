using System.Globalization;
using System.Text;
using CoreMLGen.Descriptors;

namespace CoreMLGen.Spec.Descriptors;

/// <summary>
/// Writes descriptor records: a keyword, then <c>key=value</c> attributes, each line ended by <c>\n</c>. Values are
/// written bare when they are bare-safe and their key is not free text, else quoted with escapes, so the output is
/// pure ASCII.
/// </summary>
internal sealed class DescriptorTextBuilder
{
    private readonly StringBuilder _text = new();
    private bool _inRecord;

    public void HeaderLine()
    {
        _text.Append(DescriptorFormat.HeaderLine).Append('\n');
    }

    public DescriptorTextBuilder Record(string keyword)
    {
        EndRecord();
        _text.Append(keyword);
        _inRecord = true;
        return this;
    }

    public DescriptorTextBuilder Attribute(string key, string value)
    {
        _text.Append(DescriptorFormat.Separators.Attribute).Append(key).Append(DescriptorFormat.Separators.KeyValue);
        if (!DescriptorFormat.IsAlwaysQuoted(key) && IsBareSafe(value))
        {
            _text.Append(value);
        }
        else
        {
            AppendQuoted(value);
        }

        return this;
    }

    public DescriptorTextBuilder Attribute(string key, bool value)
        => Attribute(key, value ? DescriptorFormat.Values.True : DescriptorFormat.Values.False);

    public DescriptorTextBuilder Attribute(string key, long value)
        => Attribute(key, value.ToString(CultureInfo.InvariantCulture));

    public override string ToString()
    {
        EndRecord();
        return _text.ToString();
    }

    private void EndRecord()
    {
        if (_inRecord)
        {
            _text.Append('\n');
            _inRecord = false;
        }
    }

    private static bool IsBareSafe(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }

        foreach (char c in value)
        {
            if (!DescriptorFormat.IsBareValueChar(c))
            {
                return false;
            }
        }

        return true;
    }

    private void AppendQuoted(string value)
    {
        _text.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '\\': _text.Append("\\\\"); break;
                case '"': _text.Append("\\\""); break;
                case '\n': _text.Append("\\n"); break;
                case '\r': _text.Append("\\r"); break;
                case '\t': _text.Append("\\t"); break;
                default:
                    if (c < 0x20 || c > 0x7E)
                    {
                        // Control and non-ASCII characters, one UTF-16 code unit at a time (surrogate pairs stay pairs).
                        _text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        _text.Append(c);
                    }

                    break;
            }
        }

        _text.Append('"');
    }
}
