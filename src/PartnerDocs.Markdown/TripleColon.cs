namespace PartnerDocs.Markdown;

/// <summary>One name="value" attribute of a :::name ...::: directive; offsets are into the scanned text.</summary>
internal readonly record struct DirectiveAttribute(string Value, int NameOffset);

/// <summary>Scans DocFX triple-colon directives: <c>:::name key="value" key2="value":::</c>.</summary>
internal static class TripleColon
{
    /// <summary>Parses attributes between <paramref name="start"/> and the closing ":::"; returns the offset after it, or -1 when the syntax is broken.</summary>
    public static int ParseAttributes(string text, int start, int end, Dictionary<string, DirectiveAttribute> attributes)
    {
        var i = start;
        while (i < end)
        {
            while (i < end && text[i] is ' ' or '\t')
            {
                i++;
            }

            if (string.CompareOrdinal(text, i, ":::", 0, 3) == 0 && i + 3 <= end)
            {
                return i + 3;
            }

            var nameStart = i;
            while (i < end && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '-' or '_'))
            {
                i++;
            }

            if (i == nameStart)
            {
                return -1;
            }

            var name = text[nameStart..i];
            if (i >= end || text[i] != '=')
            {
                // A bare flag such as "lightbox" or "border".
                attributes[name] = new DirectiveAttribute("", nameStart);
                continue;
            }

            i++;
            if (i >= end || text[i] is not ('"' or '\''))
            {
                return -1;
            }

            var quote = text[i++];
            var close = text.IndexOf(quote, i, end - i);
            if (close < 0)
            {
                return -1;
            }

            attributes[name] = new DirectiveAttribute(text[i..close], nameStart);
            i = close + 1;
        }

        return -1;
    }
}
