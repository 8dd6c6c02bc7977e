using System.Text;
using PartnerDocs.Text;
using Markdig.Syntax.Inlines;

namespace PartnerDocs.Markdown;

/// <summary>
/// Search text that stops growing after a number of words (<see cref="int.MaxValue"/>: no limit), so the model never holds
/// every topic's full text.
/// </summary>
public sealed class BoundedText(int maxWords)
{
    // A builder grown by an earlier topic on this thread, so each topic's text does not grow one again.
    [ThreadStatic] private static StringBuilder? spare;
    // A builder a huge topic grew past this is not kept.
    private const int MaxSpareChars = 1 << 20;

    private readonly StringBuilder text = TakeSpare();
    private readonly bool unbounded = maxWords == int.MaxValue;
    private int wordsLeft = maxWords;

    /// <summary>True once no more words are taken, so callers can skip building text nobody keeps.</summary>
    public bool IsFull => wordsLeft <= 0;

    /// <summary>Appends <paramref name="value"/> as one line, cut to the words still allowed; a line without a word is left out.</summary>
    public void AppendLine(string value)
    {
        if (unbounded)
        {
            // Nothing to count: the line goes in whole unless it is all whitespace.
            if (!value.AsSpan().IsWhiteSpace())
            {
                text.Append(value).Append('\n');
            }

            return;
        }

        if (wordsLeft <= 0)
        {
            return;
        }

        var words = FirstWords(value, wordsLeft, out var taken);
        wordsLeft -= taken;
        if (taken > 0)
        {
            text.Append(words).Append('\n');
        }
    }

    /// <summary>Appends the reader-visible text of <paramref name="inline"/> as one line, trimmed, like <see cref="AppendLine(string)"/>.</summary>
    internal void AppendLine(ContainerInline inline, StringBuilder scratch)
    {
        if (!unbounded)
        {
            AppendLine(InlineText.Of(inline, scratch));
            return;
        }

        // Written in place, then trimmed there: no string of the line is made.
        var start = text.Length;
        InlineText.Append(text, inline);
        var end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var first = start;
        while (first < end && char.IsWhiteSpace(text[first]))
        {
            first++;
        }

        text.Length = end;
        text.Remove(start, first - start);
        if (text.Length > start)
        {
            text.Append('\n');
        }
    }

    /// <summary>
    /// The text without trailing whitespace, as UTF-8 (encoded from the builder: no string of it is made). It ends this
    /// text: the builder goes back to the thread for the next topic's.
    /// </summary>
    public byte[] TakeUtf8()
    {
        var length = text.Length;
        while (length > 0 && char.IsWhiteSpace(text[length - 1]))
        {
            length--;
        }

        var bytes = Utf8Builder.Encode(text, length);
        if (text.Capacity <= MaxSpareChars)
        {
            spare = text.Clear();
        }

        return bytes;
    }

    private static StringBuilder TakeSpare()
    {
        var builder = spare ?? new StringBuilder();
        spare = null;
        return builder;
    }

    /// <summary>The first <paramref name="max"/> whitespace-separated words of <paramref name="value"/>, and how many it found.</summary>
    public static string FirstWords(string value, int max, out int count)
    {
        count = 0;
        var inWord = false;
        for (var i = 0; i < value.Length; i++)
        {
            var space = char.IsWhiteSpace(value[i]);
            if (!space && !inWord && ++count > max)
            {
                count = max;
                return value[..i].TrimEnd();
            }

            inWord = !space;
        }

        return value;
    }
}
