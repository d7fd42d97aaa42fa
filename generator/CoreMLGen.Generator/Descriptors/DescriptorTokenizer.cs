using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CoreMLGen.Generator.Descriptors;

/// <summary>
/// Splits one descriptor line into keyword and attributes (lexical rules in docs/descriptor-format.md).
/// Pure and allocation-light: it runs once per descriptor per compilation.
/// </summary>
internal static class DescriptorTokenizer
{
    /// <summary>Returns null and sets <paramref name="error"/> (with a 1-based column) on a syntax error.</summary>
    public static DescriptorLine? Tokenize(string text, int lineNumber, out string? error, out int errorColumn)
    {
        error = null;
        errorColumn = 0;
        int position = 0;
        string? keyword = ReadName(text, ref position);
        if (keyword is null)
        {
            error = "a record must start with a keyword";
            errorColumn = 1;
            return null;
        }

        var attributes = new List<KeyValuePair<string, string>>();
        while (position < text.Length)
        {
            if (text[position] != ' ')
            {
                return Fail("expected a space before the next attribute", position, out error, out errorColumn);
            }

            position++;
            int keyStart = position;
            string? key = ReadName(text, ref position);
            if (key is null)
            {
                return Fail("expected an attribute name", keyStart, out error, out errorColumn);
            }

            if (position >= text.Length || text[position] != '=')
            {
                return Fail("expected '=' after attribute '" + key + "'", position, out error, out errorColumn);
            }

            position++;
            string? value = position < text.Length && text[position] == '"'
                ? ReadQuoted(text, ref position, out error, out errorColumn)
                : ReadBare(text, ref position);
            if (value is null)
            {
                error ??= "expected a value for attribute '" + key + "'";
                if (errorColumn == 0)
                {
                    errorColumn = position + 1;
                }

                return null;
            }

            attributes.Add(new KeyValuePair<string, string>(key, value));
        }

        return new DescriptorLine(lineNumber, keyword, attributes);
    }

    private static DescriptorLine? Fail(string message, int position, out string? error, out int column)
    {
        error = message;
        column = position + 1;
        return null;
    }

    private static string? ReadName(string text, ref int position)
    {
        int start = position;
        if (position >= text.Length || !IsAsciiLetter(text[position]))
        {
            return null;
        }

        while (position < text.Length && (IsAsciiLetter(text[position]) || (text[position] >= '0' && text[position] <= '9')))
        {
            position++;
        }

        return text.Substring(start, position - start);
    }

    private static string? ReadBare(string text, ref int position)
    {
        int start = position;
        while (position < text.Length && IsBareChar(text[position]))
        {
            position++;
        }

        return position == start ? null : text.Substring(start, position - start);
    }

    private static string? ReadQuoted(string text, ref int position, out string? error, out int column)
    {
        error = null;
        column = 0;
        var builder = new StringBuilder();
        position++; // opening quote
        while (position < text.Length)
        {
            char c = text[position];
            if (c == '"')
            {
                position++;
                return builder.ToString();
            }

            if (c != '\\')
            {
                builder.Append(c);
                position++;
                continue;
            }

            if (position + 1 >= text.Length)
            {
                break;
            }

            char escape = text[position + 1];
            switch (escape)
            {
                case '\\': builder.Append('\\'); position += 2; break;
                case '"': builder.Append('"'); position += 2; break;
                case 'n': builder.Append('\n'); position += 2; break;
                case 'r': builder.Append('\r'); position += 2; break;
                case 't': builder.Append('\t'); position += 2; break;
                case 'u':
                    if (position + 6 > text.Length
                        || !int.TryParse(text.Substring(position + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                    {
                        error = "invalid \\u escape (expected four hex digits)";
                        column = position + 1;
                        return null;
                    }

                    builder.Append((char)code);
                    position += 6;
                    break;
                default:
                    error = "unknown escape '\\" + escape + "'";
                    column = position + 1;
                    return null;
            }
        }

        error = "unterminated quoted value";
        column = text.Length + 1;
        return null;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsBareChar(char c)
        => IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == ',' || c == ':' || c == ';' || c == '+' || c == '-';
}
