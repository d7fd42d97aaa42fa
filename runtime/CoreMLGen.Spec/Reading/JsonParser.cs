using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CoreMLGen.Spec.Reading;

/// <summary>
/// A small strict JSON (RFC 8259) parser for Manifest.json. Objects become <see cref="JsonObject"/>, arrays
/// <c>List&lt;object?&gt;</c>, strings <see cref="string"/>, numbers <see cref="JsonNumber"/>, booleans <see cref="bool"/>
/// and null <c>null</c>. One implementation for every target framework keeps the validation identical everywhere.
/// </summary>
internal sealed class JsonParser
{
    private const int MaxDepth = 64;

    private readonly string _text;
    private int _position;

    private JsonParser(string text)
    {
        _text = text;
    }

    /// <summary>Parses a whole document; on failure returns false with a message that names the line and column.</summary>
    public static bool TryParse(string text, out object? value, out string? error)
    {
        var parser = new JsonParser(text);
        try
        {
            parser.SkipWhitespace();
            value = parser.ReadValue(0);
            parser.SkipWhitespace();
            if (parser._position != text.Length)
            {
                throw parser.Failure("unexpected text after the end of the JSON value");
            }

            error = null;
            return true;
        }
        catch (JsonSyntaxException exception)
        {
            value = null;
            error = exception.Message;
            return false;
        }
    }

    private object? ReadValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Failure("values are nested too deeply");
        }

        if (_position >= _text.Length)
        {
            throw Failure("unexpected end of text, expected a value");
        }

        char c = _text[_position];
        switch (c)
        {
            case '{': return ReadObject(depth);
            case '[': return ReadArray(depth);
            case '"': return ReadString();
            case 't': ReadLiteral("true"); return true;
            case 'f': ReadLiteral("false"); return false;
            case 'n': ReadLiteral("null"); return null;
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ReadNumber();
                }

                throw Failure("unexpected character '" + Printable(c) + "', expected a value");
        }
    }

    private JsonObject ReadObject(int depth)
    {
        var result = new JsonObject();
        _position++; // '{'
        SkipWhitespace();
        if (TryConsume('}'))
        {
            return result;
        }

        while (true)
        {
            SkipWhitespace();
            if (_position >= _text.Length || _text[_position] != '"')
            {
                throw Failure("expected a property name in double quotes");
            }

            int keyStart = _position;
            string key = ReadString();
            SkipWhitespace();
            Expect(':');
            SkipWhitespace();
            object? value = ReadValue(depth + 1);
            if (!result.TryAdd(key, value))
            {
                _position = keyStart;
                throw Failure("the property \"" + key + "\" appears twice");
            }

            SkipWhitespace();
            if (TryConsume('}'))
            {
                return result;
            }

            Expect(',');
        }
    }

    private List<object?> ReadArray(int depth)
    {
        var result = new List<object?>();
        _position++; // '['
        SkipWhitespace();
        if (TryConsume(']'))
        {
            return result;
        }

        while (true)
        {
            SkipWhitespace();
            result.Add(ReadValue(depth + 1));
            SkipWhitespace();
            if (TryConsume(']'))
            {
                return result;
            }

            Expect(',');
        }
    }

    private string ReadString()
    {
        var builder = new StringBuilder();
        _position++; // opening quote
        while (_position < _text.Length)
        {
            char c = _text[_position++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c < 0x20)
            {
                _position--;
                throw Failure("control character in a string (it must be escaped)");
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (_position >= _text.Length)
            {
                break;
            }

            char escape = _text[_position++];
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u': builder.Append(ReadHexEscape()); break;
                default:
                    _position--;
                    throw Failure("unknown escape '\\" + Printable(escape) + "'");
            }
        }

        throw Failure("unterminated string");
    }

    private char ReadHexEscape()
    {
        if (_position + 4 > _text.Length
            || !ushort.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ushort code))
        {
            throw Failure("invalid \\u escape (expected four hex digits)");
        }

        _position += 4;
        return (char)code;
    }

    private JsonNumber ReadNumber()
    {
        int start = _position;
        TryConsume('-');
        if (TryConsume('0'))
        {
            // A leading zero stands alone.
        }
        else if (!ReadDigits())
        {
            throw Failure("invalid number");
        }

        if (TryConsume('.') && !ReadDigits())
        {
            throw Failure("invalid number: digits expected after '.'");
        }

        if (TryConsume('e') || TryConsume('E'))
        {
            if (!TryConsume('+'))
            {
                TryConsume('-');
            }

            if (!ReadDigits())
            {
                throw Failure("invalid number: digits expected in the exponent");
            }
        }

        return new JsonNumber(_text.Substring(start, _position - start));
    }

    private bool ReadDigits()
    {
        int start = _position;
        while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9')
        {
            _position++;
        }

        return _position > start;
    }

    private void ReadLiteral(string literal)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            throw Failure("unexpected character '" + Printable(_text[_position]) + "', expected a value");
        }

        _position += literal.Length;
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length && (_text[_position] is ' ' or '\t' or '\n' or '\r'))
        {
            _position++;
        }
    }

    private bool TryConsume(char c)
    {
        if (_position < _text.Length && _text[_position] == c)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void Expect(char c)
    {
        if (!TryConsume(c))
        {
            throw Failure(_position >= _text.Length ? "unexpected end of text, expected '" + c + "'" : "expected '" + c + "'");
        }
    }

    private JsonSyntaxException Failure(string message)
    {
        int line = 1, column = 1;
        for (int i = 0; i < _position && i < _text.Length; i++)
        {
            if (_text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return new JsonSyntaxException(
            message + " (line " + line.ToString(CultureInfo.InvariantCulture) + ", column " + column.ToString(CultureInfo.InvariantCulture) + ")");
    }

    private static string Printable(char c)
        => c < 0x20 || c > 0x7E ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : c.ToString();

    private sealed class JsonSyntaxException : Exception
    {
        public JsonSyntaxException(string message)
            : base(message)
        {
        }
    }
}

/// <summary>A JSON object; property names are case-sensitive and unique.</summary>
internal sealed class JsonObject
{
    private readonly Dictionary<string, object?> _properties = new(StringComparer.Ordinal);
    private readonly List<string> _order = new();

    /// <summary>Property names in document order.</summary>
    public IReadOnlyList<string> Names => _order;

    public bool TryAdd(string name, object? value)
    {
        if (_properties.ContainsKey(name))
        {
            return false;
        }

        _properties.Add(name, value);
        _order.Add(name);
        return true;
    }

    public bool TryGet(string name, out object? value) => _properties.TryGetValue(name, out value);
}

/// <summary>A JSON number kept as its text (the manifest has none we need to compute with).</summary>
internal sealed class JsonNumber
{
    public JsonNumber(string text)
    {
        Text = text;
    }

    public string Text { get; }
}
