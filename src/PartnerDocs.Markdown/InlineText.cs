using System.Text;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax.Inlines;
using PartnerDocs.Markdown.Includes;
using PartnerDocs.Markdown.NoLoc;

namespace PartnerDocs.Markdown;

/// <summary>The reader-visible text of inlines, without markup.</summary>
internal static class InlineText
{
    /// <summary>The text of <paramref name="inline"/>, trimmed; <paramref name="scratch"/> (cleared first) saves a builder per call.</summary>
    public static string Of(ContainerInline? inline, StringBuilder? scratch = null)
    {
        if (inline is null)
        {
            return "";
        }

        var builder = scratch?.Clear() ?? new StringBuilder();
        Append(builder, inline);
        return builder.ToString().Trim();
    }

    public static void Append(StringBuilder builder, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case NoLocInline noLoc:
                builder.Append(noLoc.Text);
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case IncludeInline or TaskList or HtmlInline:
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(builder, child);
                }

                break;
        }
    }
}
