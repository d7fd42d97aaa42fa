using System.Globalization;
using System.Text;

namespace CoreMLGen.Build.Tasks;

/// <summary>
/// The Manifest.json of a converted package, in Apple's schema and coremltools' formatting (nlohmann JSON with a
/// 4-space indent, keys sorted, no final newline): <c>fileFormatVersion</c>, <c>itemInfoEntries</c> with one root
/// entry (<c>author</c>, <c>description</c>, <c>name</c>, <c>path</c>) and <c>rootModelIdentifier</c>.
/// </summary>
internal static class PackageManifestWriter
{
    public static string Write(string identifier)
    {
        var json = new StringBuilder(512);
        json.Append("{\n");
        Member(json, 1, "fileFormatVersion", PackageLayout.FileFormatVersion).Append(",\n");
        json.Append(Indent(1)).Append(Quote("itemInfoEntries")).Append(": {\n");
        json.Append(Indent(2)).Append(Quote(identifier)).Append(": {\n");
        Member(json, 3, "author", PackageLayout.RootAuthor).Append(",\n");
        Member(json, 3, "description", PackageLayout.RootDescription).Append(",\n");
        Member(json, 3, "name", PackageLayout.RootName).Append(",\n");
        Member(json, 3, "path", PackageLayout.RootItemPath).Append('\n');
        json.Append(Indent(2)).Append("}\n");
        json.Append(Indent(1)).Append("},\n");
        Member(json, 1, "rootModelIdentifier", identifier).Append('\n');
        json.Append('}');
        return json.ToString();
    }

    private static StringBuilder Member(StringBuilder json, int depth, string key, string value)
        => json.Append(Indent(depth)).Append(Quote(key)).Append(": ").Append(Quote(value));

    private static string Indent(int depth) => new(' ', 4 * depth);

    /// <summary>A JSON string; the values written here are ASCII, but escaping keeps any value valid.</summary>
    private static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                default:
                    if (c < 0x20)
                    {
                        quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        quoted.Append(c);
                    }

                    break;
            }
        }

        return quoted.Append('"').ToString();
    }
}
