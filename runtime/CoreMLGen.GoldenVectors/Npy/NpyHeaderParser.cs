using System;
using System.Collections.Generic;
using System.Globalization;

namespace CoreMLGen.GoldenVectors;

/// <summary>
/// Parses the Python dict literal of an <c>.npy</c> header, e.g. <c>{'descr': '&lt;f4', 'fortran_order': False, 'shape': (2, 3), }</c>.
/// Values are strings, booleans or tuples of integers (as <c>int[]</c>).
/// </summary>
internal sealed class NpyHeaderParser
{
    private readonly string _text;
    private readonly Func<string, NpyFormatException> _error;
    private int _position;

    private NpyHeaderParser(string text, Func<string, NpyFormatException> error)
    {
        _text = text;
        _error = error;
    }

    public static IReadOnlyDictionary<string, object> Parse(string text, Func<string, NpyFormatException> error) =>
        new NpyHeaderParser(text, error).ParseDictionary();

    private IReadOnlyDictionary<string, object> ParseDictionary()
    {
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        Expect('{');
        while (Peek() != '}')
        {
            string key = ParseString();
            Expect(':');
            object value = ParseValue();
            if (!result.TryAdd(key, value))
            {
                throw Fail("the key '" + NpyStreamReader.Excerpt(key) + "' appears twice");
            }

            if (Peek() == ',')
            {
                _position++;
            }
            else if (Peek() != '}')
            {
                throw Fail("expected ',' or '}'");
            }
        }

        _position++;
        if (Peek() != '\0')
        {
            throw Fail("unexpected text after the dict");
        }

        return result;
    }

    private object ParseValue()
    {
        char next = Peek();
        if (next is '\'' or '"')
        {
            return ParseString();
        }

        if (next == '(')
        {
            return ParseShape();
        }

        if (next == '[')
        {
            // A list describes record fields; refuse it here, before trying to parse its nested tuples.
            throw _error("structured (record) dtypes are not supported; save each field as its own array");
        }

        string word = ParseWord();
        return word switch
        {
            "True" => true,
            "False" => false,
            _ => throw Fail("unexpected value '" + NpyStreamReader.Excerpt(word) + "'"),
        };
    }

    private int[] ParseShape()
    {
        Expect('(');
        var dimensions = new List<int>();
        while (Peek() != ')')
        {
            string word = ParseWord().TrimEnd('L'); // Python 2 wrote long integers as 3L.
            if (!int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out int dimension))
            {
                throw Fail("the shape has a dimension '" + NpyStreamReader.Excerpt(word) + "' that is not a non-negative 32-bit integer");
            }

            dimensions.Add(dimension);
            if (Peek() == ',')
            {
                _position++;
            }
            else if (Peek() != ')')
            {
                throw Fail("expected ',' or ')' in the shape");
            }
        }

        _position++;
        return dimensions.ToArray();
    }

    private string ParseString()
    {
        char quote = Peek();
        if (quote is not ('\'' or '"'))
        {
            throw Fail("expected a quoted string");
        }

        int end = _text.IndexOf(quote, _position + 1);
        if (end < 0)
        {
            throw Fail("a string is not closed");
        }

        string value = _text.Substring(_position + 1, end - _position - 1);
        _position = end + 1;
        return value;
    }

    private string ParseWord()
    {
        Peek();
        int start = _position;
        while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] == '_'))
        {
            _position++;
        }

        return _text.Substring(start, _position - start);
    }

    private void Expect(char expected)
    {
        if (Peek() != expected)
        {
            throw Fail("expected '" + expected + "'");
        }

        _position++;
    }

    // Skips white space and returns the next character, or '\0' at the end.
    private char Peek()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }

        return _position < _text.Length ? _text[_position] : '\0';
    }

    private NpyFormatException Fail(string problem) =>
        _error("the header is not a valid dict (" + problem + " at character " + _position.ToString(CultureInfo.InvariantCulture) + "): " + NpyStreamReader.Excerpt(_text));
}
