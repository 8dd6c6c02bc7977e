using System.Text;

namespace PartnerDocs.Markdown;

/// <summary>Search text that stops growing after a number of words, so the model never holds every topic's full text.</summary>
public sealed class BoundedText(int maxWords)
{
    private readonly StringBuilder text = new();
    private int wordsLeft = maxWords;

    /// <summary>True once no more words are taken, so callers can skip building text nobody keeps.</summary>
    public bool IsFull => wordsLeft <= 0;

    /// <summary>Appends <paramref name="value"/> as one line, cut to the words still allowed.</summary>
    public void AppendLine(string value)
    {
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

    public override string ToString() => text.ToString().TrimEnd();

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
