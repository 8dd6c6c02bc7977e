using System.Buffers;
using System.Text;

namespace PartnerDocs.Markdown;

/// <summary>
/// Search text that stops growing after a number of words (<see cref="int.MaxValue"/>: no limit), so the model never holds
/// every topic's full text.
/// </summary>
public sealed class BoundedText(int maxWords)
{
    private readonly StringBuilder text = new();
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

    /// <summary>The text without trailing whitespace, as UTF-8 (encoded from the builder: no string of it is made).</summary>
    public byte[] ToUtf8()
    {
        var length = text.Length;
        while (length > 0 && char.IsWhiteSpace(text[length - 1]))
        {
            length--;
        }

        var chars = ArrayPool<char>.Shared.Rent(length);
        text.CopyTo(0, chars, length);
        var bytes = Encoding.UTF8.GetBytes(chars, 0, length);
        ArrayPool<char>.Shared.Return(chars);
        return bytes;
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
