using System.Globalization;
using System.Text;

namespace CoreMLGen.Build.Tasks;

/// <summary>
/// MSBuild's %XX escaping of its special characters, so that a path holding <c>;</c>, <c>%</c>, <c>$</c> or <c>@</c>
/// survives as one literal item when written into metadata that the targets split into items.
/// </summary>
internal static class MSBuildEscaping
{
    private const string SpecialCharacters = "%*?@$();'";

    public static string Escape(string value)
    {
        if (value.IndexOfAny(SpecialCharacters.ToCharArray()) < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 8);
        foreach (char c in value)
        {
            if (SpecialCharacters.IndexOf(c) >= 0)
            {
                builder.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
