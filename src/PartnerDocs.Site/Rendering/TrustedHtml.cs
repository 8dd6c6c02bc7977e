namespace PartnerDocs.Rendering;

/// <summary>
/// HTML the templates insert as is: a rendered topic body, the inline stylesheet, a partial's output. Only C# code makes one
/// (page models, the include function); a template cannot, so every other value it writes is HTML-encoded.
/// </summary>
public sealed class TrustedHtml(string html)
{
    public string Html { get; } = html;

    public override string ToString() => Html;
}
