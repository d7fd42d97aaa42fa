using System.Security.Cryptography;
using System.Text;

namespace CoreMLGen.Build.Tasks;

/// <summary>
/// The manifest identifier of a converted package's root entry. coremltools uses a random UUID; ours is a hash of the
/// model's project-relative path, formatted like a UUID (uppercase, as macOS writes them), so that rebuilding — on any
/// machine — writes a byte-identical package.
/// </summary>
internal static class PackageIdentifier
{
    public static string For(string relativePath)
    {
        byte[] hash;
        using (var sha = SHA256.Create())
        {
            hash = sha.ComputeHash(Encoding.UTF8.GetBytes("CoreMLGen package root:" + relativePath.Replace('\\', '/')));
        }

        // RFC 9562 version 8 (custom) and variant bits, so the value is also a well-formed UUID.
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);

        var text = new StringBuilder(36);
        for (int i = 0; i < 16; i++)
        {
            if (i is 4 or 6 or 8 or 10)
            {
                text.Append('-');
            }

            text.Append(hash[i].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
