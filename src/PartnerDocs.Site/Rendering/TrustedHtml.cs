using System.Text;

namespace PartnerDocs.Rendering;

/// <summary>
/// HTML the templates insert as is: a rendered topic body, the inline stylesheet, a partial's output. Only C# code makes one
/// (page models, the include function); a template cannot, so every other value it writes is HTML-encoded.
/// </summary>
public sealed class TrustedHtml
{
    private string? html;

    public TrustedHtml(string html) => this.html = html;

    private TrustedHtml(byte[] utf8) => Utf8 = utf8;

    public string Html => html ??= Encoding.UTF8.GetString(Utf8!);

    /// <summary>The HTML as UTF-8 when it was made from UTF-8 (a body rendered while loading); a page written as UTF-8 copies these bytes.</summary>
    internal byte[]? Utf8 { get; }

    /// <summary>HTML kept as UTF-8: no string is made of it unless a template reads it as text.</summary>
    public static TrustedHtml FromUtf8(byte[] utf8) => new(utf8);

    public override string ToString() => Html;
}
