using System.Text;

namespace PartnerDocs.Rendering;

/// <summary>
/// HTML the templates insert as is: a rendered topic body, the inline stylesheet, a partial's output. Only C# code makes one
/// (page models, the include function); a template cannot, so every other value it writes is HTML-encoded.
/// </summary>
public sealed class TrustedHtml
{
    private readonly IncludeOutput? include;
    private readonly int includeGeneration;
    private string? html;

    public TrustedHtml(string html) => this.html = html;

    private TrustedHtml(byte[] utf8) => Utf8 = utf8;

    /// <summary>The output of an include, valid while its page renders (an include's output is not kept past its page).</summary>
    internal TrustedHtml(IncludeOutput include)
    {
        this.include = include;
        includeGeneration = include.Generation;
    }

    public string Html => html ??= Utf8 is { } utf8 ? Encoding.UTF8.GetString(utf8) : Include!.ToString();

    /// <summary>The HTML as UTF-8 when it was made from UTF-8 (a body rendered while loading); a page written as UTF-8 copies these bytes.</summary>
    internal byte[]? Utf8 { get; }

    /// <summary>The include output this HTML is, when it was made from one and is not a string yet; writing it copies no text.</summary>
    internal IncludeOutput? Include => include is null || html is not null ? null
        : include.Generation == includeGeneration ? include
        : throw new InvalidOperationException("an include's output was read after its page was rendered");

    /// <summary>HTML kept as UTF-8: no string is made of it unless a template reads it as text.</summary>
    public static TrustedHtml FromUtf8(byte[] utf8) => new(utf8);

    public override string ToString() => Html;
}
