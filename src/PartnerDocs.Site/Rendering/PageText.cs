using System.Text;

namespace PartnerDocs.Rendering;

/// <summary>
/// A page rendered to be written as UTF-8: the template's text, with the HTML it writes that is already UTF-8 (the topic
/// body) kept as bytes at its place in the text, so a body is neither decoded, copied into the text nor encoded again.
/// </summary>
public sealed class PageText
{
    private readonly List<(int At, byte[] Utf8)> insertions = [];

    /// <summary>The template's text, without the inserted UTF-8.</summary>
    public StringBuilder Text { get; } = new();

    /// <summary>UTF-8 to write before the character at <c>At</c> of <see cref="Text"/>, in order.</summary>
    public IReadOnlyList<(int At, byte[] Utf8)> Insertions => insertions;

    internal void Insert(byte[] utf8) => insertions.Add((Text.Length, utf8));

    public void Clear()
    {
        Text.Clear();
        insertions.Clear();
    }

    /// <summary>The whole page as one string (what is written, decoded).</summary>
    public override string ToString()
    {
        var page = new StringBuilder(Text.Length);
        var from = 0;
        foreach (var (at, utf8) in insertions)
        {
            page.Append(Text, from, at - from).Append(Encoding.UTF8.GetString(utf8));
            from = at;
        }

        return page.Append(Text, from, Text.Length - from).ToString();
    }
}
