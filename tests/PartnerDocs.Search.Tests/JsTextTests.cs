using System.Text;
using System.Text.Json;
using PartnerDocs.Search;
using PartnerDocs.Search.Json;
using PartnerDocs.Search.Text;

namespace PartnerDocs.Tests.Search;

public class JsTextTests
{
    [Fact]
    public void Lowercasing_matches_javascript_for_every_code_point_and_final_sigma_context()
    {
        // Final sigma depends on Unicode properties; skip characters whose category differs between node's and .NET's Unicode version.
        var nodeCategories = JsonSerializer.Deserialize<string[]>(NodeOracle.Run("categories", ""))!;
        var inputs = new List<string>();
        for (var codePoint = 0; codePoint <= 0x10FFFF; codePoint++)
        {
            if (codePoint is >= 0xD800 and <= 0xDFFF)
                continue;
            var text = char.ConvertFromUtf32(codePoint);
            inputs.Add(text);
            if (codePoint <= 0xFFFF && nodeCategories[codePoint] == CategoryCode(char.GetUnicodeCategory((char)codePoint)))
                inputs.AddRange([$"A{text}\u03A3", $"{text}\u03A3", $"A\u03A3{text}"]); // Cased and Case_Ignorable around a sigma
        }
        inputs.AddRange(["ΟΔΟΣ ΣΑΣ Σ", "ΑΣ'Σ", "İSTANBUL", "Σ.", "aΣ\u0301b", "aΣ\u0301", "𐐀Σ", "a\U0001E030Σ"]);

        var expected = JsonSerializer.Deserialize<string[]>(NodeOracle.Run("lower", JsonSerializer.Serialize(inputs)))!;

        var mismatches = inputs.Select((input, i) => (input, expected: expected[i], actual: JsLowerCase.ToLower(input)))
            .Where(r => r.expected != r.actual).ToList();
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} differ, e.g. "
            + string.Join(", ", mismatches.Take(20).Select(m => $"{Escape(m.input)}: {Escape(m.expected)} vs {Escape(m.actual)}")));
    }

    [Fact]
    public void Tokens_split_on_the_js_whitespace_set_and_hyphen_only()
    {
        var text = Tokenizer.Normalize("a-b\u0085c\u200Bd\uFEFFe\u00A0F\u3000--g ");
        var tokens = new List<string>();
        foreach (var range in Tokenizer.Tokens(text))
            tokens.Add(text[range]);

        Assert.Equal(["a", "b\u0085c\u200Bd", "e", "f", "g"], tokens);
    }

    [Theory]
    [InlineData(0.49, "0.49")]
    [InlineData(1.0, "1")]
    [InlineData(-0.0, "0")]
    [InlineData(0.00001, "0.00001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e15, "1000000000000000")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(-2.775, "-2.775")]
    [InlineData(double.NaN, "null")]
    public void Numbers_format_as_javascript(double value, string expected)
    {
        Span<char> buffer = stackalloc char[32];
        Assert.Equal(expected, buffer[..JsNumber.Format(value, buffer)].ToString());
    }

    [Fact]
    public void Thousandths_format_like_the_general_number_path()
    {
        double[] samples = [.. Enumerable.Range(-3000, 250_000).Select(i => (double)i), 123456789012345, 999999999999999, 1e15, 4.5e17];
        foreach (var thousandths in samples)
            Assert.Equal(Written(json => json.WriteNumber(thousandths / 1000)), Written(json => json.WriteThousandths(thousandths)));
    }

    [Fact]
    public void Log_matches_v8_bit_for_bit()
    {
        var random = new Random(5);
        var inputs = new List<double>();
        for (var documents = 1; documents <= 300; documents++)
        {
            for (var withTerm = 1; withTerm <= documents; withTerm++)
                inputs.Add(1 + Math.Abs((documents - withTerm + 0.5) / (withTerm + 0.5))); // lunr's idf argument
        }
        inputs.AddRange(Enumerable.Range(0, 20_000).Select(_ => Math.Exp(random.NextDouble() * 1400 - 700)));
        inputs.AddRange([1, 1 + 1e-7, 1 - 1e-7, 2, Math.E, 0.5, double.Epsilon, 1e-310, double.MaxValue]);

        var expected = JsonSerializer.Deserialize<string[]>(NodeOracle.Run("log", JsonSerializer.Serialize(inputs)))!;

        var mismatches = inputs.Where((x, i) => BitConverter.DoubleToInt64Bits(JsMath.Log(x)).ToString("x") != expected[i]).ToList();
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {inputs.Count} differ, e.g. {string.Join(", ", mismatches.Take(5))}");
    }

    [Theory]
    [InlineData(2.5, 3)]
    [InlineData(-2.5, -2)]
    [InlineData(0.49999999999999994, 0)]
    [InlineData(1234.5, 1235)]
    public void Math_round_ties_go_up(double value, double expected) => Assert.Equal(expected, JsMath.Round(value));

    [Fact]
    public void Strings_escape_as_json_stringify() =>
        Assert.Equal("\"q\\\"\\\\\\b\\f\\n\\r\\t\\u0001\u007f\u2028é😀\\ud800x\\udc00\"",
            JsonTextWriter.Quote("q\"\\\b\f\n\r\t\u0001\u007f\u2028é😀" + '\uD800' + "x" + '\uDC00'));

    private static string Written(Action<JsonTextWriter> write)
    {
        var text = new StringWriter();
        write(new JsonTextWriter(text));
        return text.ToString();
    }

    // Two-letter codes in UnicodeCategory's declaration order.
    private static string CategoryCode(System.Globalization.UnicodeCategory category) =>
        "Lu Ll Lt Lm Lo Mn Mc Me Nd Nl No Zs Zl Zp Cc Cf Cs Co Pc Pd Ps Pe Pi Pf Po Sm Sc Sk So Cn".Split(' ')[(int)category];

    private static string Escape(string text) => string.Concat(text.EnumerateRunes().Select(r => r.Value < 128 ? r.ToString() : $"U+{r.Value:X4}"));
}
