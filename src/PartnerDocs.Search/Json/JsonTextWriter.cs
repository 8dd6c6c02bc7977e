using System.Globalization;

namespace PartnerDocs.Search.Json;

/// <summary>Writes JSON tokens byte for byte as JavaScript's <c>JSON.stringify</c> would, onto a <see cref="TextWriter"/>.</summary>
public sealed class JsonTextWriter(TextWriter output)
{
    /// <summary>Writes structural text (brackets, commas, keys already quoted) as is.</summary>
    public void WriteRaw(ReadOnlySpan<char> text) => output.Write(text);

    /// <summary>Writes one character as is.</summary>
    public void WriteRaw(char c) => output.Write(c);

    /// <summary>Writes a quoted, escaped string.</summary>
    public void WriteString(string value)
    {
        if (NeedsEscaping(value))
        {
            output.Write(Quote(value));
            return;
        }
        output.Write('"');
        output.Write(value);
        output.Write('"');
    }

    /// <summary>Writes a non-negative or negative integer.</summary>
    public void WriteInteger(int value)
    {
        // Most of a split index's numbers are small gaps between document numbers.
        if ((uint)value < 10)
        {
            output.Write((char)('0' + value));
            return;
        }
        Span<char> buffer = stackalloc char[11];
        value.TryFormat(buffer, out var written, provider: CultureInfo.InvariantCulture);
        output.Write(buffer[..written]);
    }

    /// <summary>Writes a number in JS notation.</summary>
    public void WriteNumber(double value)
    {
        Span<char> buffer = stackalloc char[32];
        output.Write(buffer[..JsNumber.Format(value, buffer)]);
    }

    /// <summary>Writes <paramref name="thousandths"/> / 1000 in JS notation, without going through binary fractions when it can.</summary>
    public void WriteThousandths(double thousandths)
    {
        // Below 1e15 the decimal m/1000 is also the shortest form of the double m/1000: doubles there are closer than 0.001.
        if (!(Math.Abs(thousandths) < 1e15))
        {
            WriteNumber(thousandths / 1000);
            return;
        }
        var value = (long)thousandths;
        Span<char> buffer = stackalloc char[24];
        var length = 0;
        if (value < 0)
        {
            buffer[length++] = '-';
            value = -value;
        }
        (value / 1000).TryFormat(buffer[length..], out var written, provider: CultureInfo.InvariantCulture);
        length += written;
        var fraction = (int)(value % 1000);
        if (fraction != 0)
        {
            buffer[length++] = '.';
            for (var divisor = 100; fraction != 0; divisor /= 10)
            {
                buffer[length++] = (char)('0' + fraction / divisor);
                fraction %= divisor;
            }
        }
        output.Write(buffer[..length]);
    }

    /// <summary>The JSON.stringify form of a string: escapes <c>"</c>, <c>\</c>, controls and lone surrogates; all else raw.</summary>
    public static string Quote(string value)
    {
        var builder = new System.Text.StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case < ' ':
                    AppendUnicodeEscape(builder, c);
                    break;
                case >= '\uD800' and <= '\uDBFF' when i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]):
                    builder.Append(c).Append(value[++i]);
                    break;
                case >= '\uD800' and <= '\uDFFF':
                    AppendUnicodeEscape(builder, c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    private static bool NeedsEscaping(string value)
    {
        foreach (var c in value)
        {
            if (c < ' ' || c is '"' or '\\' or >= '\uD800' and <= '\uDFFF')
                return true;
        }
        return false;
    }

    private static void AppendUnicodeEscape(System.Text.StringBuilder builder, char c) =>
        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
}
