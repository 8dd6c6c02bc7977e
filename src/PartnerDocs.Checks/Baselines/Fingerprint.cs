using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PartnerDocs.Diagnostics;

namespace PartnerDocs.Validation.Baselines;

/// <summary>
/// A finding's identity that survives edits elsewhere in the file: rule, file, target and the message with numbers
/// and quoted hashes blanked out, never the line or column.
/// </summary>
public static partial class Fingerprint
{
    public static string Of(Diagnostic diagnostic)
    {
        var key = string.Join('\n', diagnostic.Rule, diagnostic.Location?.File ?? "", diagnostic.Target ?? "", MessageKey(diagnostic.Message));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..20];
    }

    public static string MessageKey(string message) => Numbers().Replace(message, "#");

    [GeneratedRegex("[0-9a-f]{8,}|\\d+", RegexOptions.IgnoreCase)]
    private static partial Regex Numbers();
}
