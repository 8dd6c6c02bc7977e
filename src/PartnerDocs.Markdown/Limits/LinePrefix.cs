namespace PartnerDocs.Markdown.Limits;

/// <summary>The container prefix of a Markdown line: indentation, block quote markers and list markers.</summary>
internal readonly record struct LinePrefix(int End, int Depth)
{
    public static LinePrefix Of(string text, int start, int end)
    {
        int markers = 0, columns = 0, i = start;
        while (i < end)
        {
            var c = text[i];
            if (c == ' ')
            {
                columns++;
                i++;
            }
            else if (c == '\t')
            {
                columns += 4 - (columns % 4);
                i++;
            }
            else if (c == '>' || (c is '-' or '*' or '+' && IsMarkerEnd(text, i + 1, end)))
            {
                markers++;
                i++;
            }
            else if (OrderedMarkerEnd(text, i, end) is var next && next > i)
            {
                markers++;
                i = next;
            }
            else
            {
                break;
            }
        }

        return new LinePrefix(i, markers + (columns / 2));
    }

    private static bool IsMarkerEnd(string text, int i, int end) => i >= end || text[i] is ' ' or '\t' or '\r';

    // "12." or "3)" followed by a space (CommonMark allows up to 9 digits).
    private static int OrderedMarkerEnd(string text, int i, int end)
    {
        var j = i;
        while (j < end && j - i < 9 && char.IsAsciiDigit(text[j]))
        {
            j++;
        }

        return j > i && j < end && text[j] is '.' or ')' && IsMarkerEnd(text, j + 1, end) ? j + 1 : i;
    }
}
