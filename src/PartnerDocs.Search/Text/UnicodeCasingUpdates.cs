namespace PartnerDocs.Search.Text;

/// <summary>
/// Lowercase mappings added in Unicode 16 and 17. .NET lowercases through the system ICU, which may predate them
/// (Debian 12 ships ICU 72, Unicode 15), while current JavaScript engines have them.
/// </summary>
internal static class UnicodeCasingUpdates
{
    /// <summary>The lowercase of <paramref name="codePoint"/> when it is one of these letters, else null.</summary>
    public static int? Lowercase(int codePoint) => codePoint switch
    {
        0x1C89 => 0x1C8A,
        0xA7CB => 0x0264,
        0xA7CC or 0xA7CE or 0xA7D2 or 0xA7D4 or 0xA7DA => codePoint + 1,
        0xA7DC => 0x019B,
        >= 0x10D50 and <= 0x10D65 => codePoint + 0x20, // Garay
        >= 0x16EA0 and <= 0x16EB8 => codePoint + 0x1B, // Beria Erfe
        _ => null,
    };
}
