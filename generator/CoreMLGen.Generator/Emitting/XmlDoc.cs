using System.Text;

namespace CoreMLGen.Generator.Emitting;

/// <summary>Escapes model text (descriptions, names) for XML documentation comments.</summary>
internal static class XmlDoc
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                // A newline in a description would end the /// comment: fold it to a space.
                case '\r':
                case '\n':
                case '\u2028':
                case '\u2029':
                case '\u0085':
                    builder.Append(' ');
                    break;
                default:
                    builder.Append(char.IsControl(c) || !IsXmlChar(text, i) ? ' ' : c);
                    break;
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>False for what XML 1.0 forbids in text (U+FFFE, U+FFFF, an unpaired surrogate): the compiler rejects the comment (CS1570).</summary>
    private static bool IsXmlChar(string text, int index)
    {
        char c = text[index];
        if (c is '\uFFFE' or '\uFFFF')
        {
            return false;
        }

        if (char.IsHighSurrogate(c))
        {
            return index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]);
        }

        return !char.IsLowSurrogate(c) || (index > 0 && char.IsHighSurrogate(text[index - 1]));
    }
}
