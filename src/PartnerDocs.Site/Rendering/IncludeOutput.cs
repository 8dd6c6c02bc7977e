using System.Text;
using Scriban;
using Scriban.Runtime;

namespace PartnerDocs.Rendering;

/// <summary>
/// The output of one include while its page renders: the writes it received (slices of strings, which never change) rather
/// than a copy of their text, so that writing a partial's output into its parent copies no text. A context reuses it in
/// its next render, so what it holds is valid until then (<see cref="Generation"/>).
/// </summary>
internal sealed class IncludeOutput : IScriptOutput
{
    private readonly List<(string Text, int Offset, int Count)> writes = [];

    /// <summary>How many times it was emptied: what was read from it is still there while this is the same.</summary>
    public int Generation { get; private set; }

    public void Clear()
    {
        writes.Clear();
        Generation++;
    }

    public void Write(string text, int offset, int count) => writes.Add((text, offset, count));

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Writes the text again into <paramref name="context"/>'s output, write by write: the same text as writing it as one
    /// string, since templates are not auto-indented (see <see cref="HtmlTemplateContext"/>).
    /// </summary>
    public void WriteTo(TemplateContext context)
    {
        foreach (var (text, offset, count) in writes)
        {
            context.Write(text, offset, count);
        }
    }

    public override string ToString()
    {
        var html = new StringBuilder();
        foreach (var (text, offset, count) in writes)
        {
            html.Append(text, offset, count);
        }

        return html.ToString();
    }
}
