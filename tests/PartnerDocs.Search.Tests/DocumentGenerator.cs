using System.Text;

namespace PartnerDocs.Tests.Search;

/// <summary>Deterministic documents that exercise the tokenizer, trimmers, stop words, stemmers and serializer edge cases.</summary>
public static class DocumentGenerator
{
    private static readonly string[] EnglishWords =
        ("the configuration of servers running installations happily quickly generalization relational conditional "
        + "hopping hoping caresses ponies cats agreed plastered motoring sing conflated troubled sized hopping tanned "
        + "falling hissing fizzed failing filing happy sky yield yes your rational valency digitizer conformabli "
        + "radicalli differentli vileli analogousli vietnamization predication operator feudalism decisiveness "
        + "hopefulness callousness formaliti sensitiviti sensibiliti triplicate formative formalize electriciti "
        + "electrical hopeful goodness revival allowance inference airliner gyroscopic adjustable defensible "
        + "irritant replacement adjustment dependent adoption homologou communism activate angulariti homologous "
        + "effective bowdlerize probate rate cease controll roll eed feed bleed yesterday youth i a an it is partner center").Split(' ');

    private static readonly string[] SpanishWords =
        ("guía instalación instalar paquete configurar servidor menú configuración avanzada permite modos búsqueda "
        + "rápida completa preguntas frecuentes cómo buscar documentos busca palabras clave el la de que y años "
        + "niño acción canción también más está están habían nosotros informática administración usuarios").Split(' ');

    private static readonly string[] FrenchWords =
        ("guide d'installation installer paquet configurer serveur voir menu configuration avancée permet modes "
        + "recherche rapide complète questions fréquentes comment chercher documents cherchez avec mots-clés "
        + "l'été c'est aujourd'hui œuvre cœur naïve noël français garçon où déjà être cela celà sommes son "
        + "été étés fût avions aura auras est qu'il jusqu'à Ÿ ÆSIR").Split(' ');

    private static readonly string[] GermanWords =
        ("Übersicht Änderungen öffnen Rechnung Abrechnungen Kunden Abonnement verwalten Partner Benutzer Einstellungen "
        + "Straße Größe schließen ändern Zahlungen Konto Bestellungen Überprüfung Ärger Öl über für die der und ist "
        + "Kenntnisse Freundlichkeit bauen Bauern Möglichkeiten Sicherheit").Split(' ');

    private static readonly string[] CjkWords =
        ("请求 订阅 客户 管理 使用Azure门户 查看发票 账单 的 请在合作伙伴中心下载账单。 订阅已续订 "
        + "請求書 サブスクリプション 顧客 を管理します パートナーセンターの使い方 Azureサブスクリプション 請求書をダウンロード "
        + "設定を確認してください 결제 구독을 관리합니다 azure windows cloud").Split(' ');

    private static readonly string[] OddTokens =
    [
        "", "-", "--", "—", "2", "10", "3.14", "1,000", "v2.0", "x86_64", "_under_", "C#", "F#", ".NET", "node.js",
        "e-mail", "co-op", "l'apostrophe", "l’apostrophe", "don't", "'quoted'", "\"double\"", "(paren)", "[bracket]",
        "{brace}", "a/b", "path\\to", "menú.", "¿qué?", "¡hola!", "«guillemets»", ":", "?", "!", "…", "§1", "€5",
        "日本語", "テキスト", "中文搜索", "한국어", "Ελληνικά", "ΟΔΟΣ", "ΣΑΣ", "Σ", "İstanbul", "ΑΣ'Σ", "straße", "ǅemal",
        "😀", "a😀b", "𐐀𐐁", "\u0085next", "zero\u200Bwidth", "bom\uFEFFsplit", "nb\u00A0sp", "tab\tsep", "line\nbreak",
        "\u2028ls", "\u3000ideo", "ctl\u0001x", "\u007Fdel", "lone\uD800", "\uDC00lone", "ﬁle", "Ｆｕｌｌ", "ⅻ", "ʰmod",
        "__proto__", "constructor", "toString", "hasOwnProperty", "_index", "0", "00", "4294967294", "4294967295",
    ];

    /// <summary>Field declarations covering boosts 10, 1 (default), 0 (means 1) and a fractional one.</summary>
    public static PartnerDocs.Search.LunrField[] Fields { get; } =
        [new("title", 10), new("body"), new("summary", 0), new("keywords", 2.5)];

    /// <summary><paramref name="count"/> documents in <paramref name="language"/> ("en", "es", "fr", "de", or "ja"/"zh").</summary>
    public static List<TestDocument> Generate(string language, int count, int seed)
    {
        var random = new Random(seed);
        var words = language switch
        {
            "es" => SpanishWords, "fr" => FrenchWords, "de" => GermanWords, "ja" or "zh" => CjkWords, _ => EnglishWords,
        };
        var documents = new List<TestDocument>(count);
        for (var i = 0; i < count; i++)
        {
            var fields = new Dictionary<string, string?>
            {
                ["title"] = Text(random, words, random.Next(0, 6)),
                ["body"] = Text(random, words, random.Next(0, 60)),
            };
            switch (i % 5)
            {
                case 0: fields["summary"] = null; break;
                case 1: break; // missing summary and keywords
                case 2: fields["summary"] = ""; fields["keywords"] = "   - "; break;
                default: fields["summary"] = Text(random, words, 8); fields["keywords"] = Text(random, words, 3); break;
            }
            documents.Add(new TestDocument(Ref(i), fields, Boost(i)));
        }
        return documents;
    }

    // Mostly plain refs, some numeric (JS orders those first), some needing JSON escapes or holding '/'.
    private static string Ref(int i) => (i % 7) switch
    {
        0 => (i * 3).ToString(System.Globalization.CultureInfo.InvariantCulture),
        1 => $"docs/page-{i}.html#sec",
        2 => $"\"q{i}\"\\\u00e9",
        _ => $"d{i}",
    };

    private static double Boost(int i) => (i % 6) switch { 0 => 2, 1 => 0.5, 2 => 0, 3 => 1.75, _ => 1 };

    private static string Text(Random random, string[] words, int length)
    {
        string[] separators = [" ", " ", " ", "  ", "-", ", ", ". ", "\t", "\n", " — ", "\u00A0"];
        var text = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            if (i > 0)
                text.Append(separators[random.Next(separators.Length)]);
            var word = random.Next(8) == 0 ? OddTokens[random.Next(OddTokens.Length)] : words[random.Next(words.Length)];
            text.Append(random.Next(10) == 0 ? word.ToUpperInvariant() : random.Next(12) == 0 ? Capitalize(word) : word);
        }
        return text.ToString();
    }

    private static string Capitalize(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
