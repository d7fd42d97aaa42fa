using System.Globalization;
using System.Text;

namespace CoreMLGen.Generator.Naming;

/// <summary>Hint names unique per project-relative path (two Foo.mlmodel in different folders must not clash).</summary>
internal static class HintNames
{
    public static string FromRelativePath(string relativePath)
    {
        var builder = new StringBuilder(relativePath.Length);
        bool lossy = false;
        foreach (char c in relativePath)
        {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(c == '/' || c == '\\' ? '.' : '_');
                lossy = true;
            }
        }

        // Replacing characters can make two paths equal; a hash of the original keeps them apart.
        if (lossy)
        {
            builder.Append('.').Append(Fnv1a(relativePath.Replace('\\', '/')).ToString("x8", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    private static uint Fnv1a(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return hash;
    }
}
