using System.Text;

namespace CoreMLGen.Generator.Emitting;

/// <summary>Escapes model text (descriptions, names) for XML documentation comments.</summary>
internal static class XmlDoc
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
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
                    builder.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }

        return builder.ToString().Trim();
    }
}
