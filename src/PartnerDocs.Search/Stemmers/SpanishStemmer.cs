using System.Buffers;

namespace PartnerDocs.Search.Stemmers;

/// <summary>
/// The Snowball Spanish stemmer as it stood up to Snowball 2.2 (without the 3.0 rules for missing
/// accents), matching lunr-languages 1.22.0. Stateless, so safe to share across threads.
/// </summary>
public sealed class SpanishStemmer : IStemmer
{
    private static readonly SearchValues<char> Vowels = SearchValues.Create("aeiouáéíóúü");

    private static readonly SuffixTable Pronouns = new("me se sela selo selas selos la le lo las les los nos");

    private const int AccentedHost = 0, PlainHost = 1, YendoHost = 2;
    private static readonly SuffixTable PronounHosts = new("iéndo ándo ár ér ír", "ando iendo ar er ir", "yendo");

    private const int DeleteInR2 = 0, DeleteInR2ThenIc = 1, ToLog = 2, ToU = 3, ToEnte = 4,
        Amente = 5, Mente = 6, Idad = 7, Iva = 8;
    private static readonly SuffixTable StandardSuffixes = new(
        "anza anzas ico ica icos icas ismo ismos able ables ible ibles ista istas oso osa osos osas amiento amientos imiento imientos",
        "adora ador ación adoras adores aciones ante antes ancia ancias",
        "logía logías",
        "ución uciones",
        "encia encias",
        "amente",
        "mente",
        "idad idades",
        "iva ivo ivas ivos");

    private const int Iv = 0;
    private static readonly SuffixTable AfterAmente = new("iv", "os ic ad");
    private static readonly SuffixTable AfterMente = new("ante able ible");
    private static readonly SuffixTable AfterIdad = new("abil ic iv");

    private static readonly SuffixTable YVerbSuffixes = new("ya ye yan yen yeron yendo yo yó yas yes yais yamos");

    private const int DeleteThenGu = 0;
    private static readonly SuffixTable VerbSuffixes = new(
        "en es éis emos",
        "arían arías arán arás aríais aría aréis aríamos aremos ará aré " +
        "erían erías erán erás eríais ería eréis eríamos eremos erá eré " +
        "irían irías irán irás iríais iría iréis iríamos iremos irá iré " +
        "aba ada ida ía ara iera ad ed id ase iese aste iste an aban ían aran ieran asen iesen aron ieron " +
        "ado ido ando iendo ió ar er ir as abas adas idas ías aras ieras ases ieses ís áis abais íais arais " +
        "ierais aseis ieseis asteis isteis ados idos amos ábamos íamos imos áramos iéramos iésemos ásemos");

    private const int DeleteInRv = 0, DeleteInRvThenGu = 1;
    private static readonly SuffixTable ResidualSuffixes = new("os a o á í ó", "e é");

    public string Stem(string word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[64] : new char[word.Length];
        var w = new SnowballWord(buffer, word);
        w.SetRegions(RvStart(w.Text), Vowels);

        AttachedPronoun(ref w);
        // Each later step runs only if the earlier one removed nothing.
        _ = StandardSuffix(ref w) || YVerbSuffix(ref w) || VerbSuffix(ref w);
        ResidualSuffix(ref w);
        for (int i = 0; i < w.Length; i++)
        {
            w[i] = WithoutAcute(w[i]);
        }
        return w.ToString(word);
    }

    // Consonant second: after the next vowel; two vowels: after the next consonant; else after the third letter.
    private static int RvStart(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return word.Length;
        }

        int next = Vowels.Contains(word[1])
            ? Vowels.Contains(word[0]) ? word[2..].IndexOfAnyExcept(Vowels) : 0
            : word[2..].IndexOfAny(Vowels);
        return next < 0 ? word.Length : Math.Min(word.Length, next + 3);
    }

    private static void AttachedPronoun(ref SnowballWord w)
    {
        if (w.Find(Pronouns, 0, out int pronoun) < 0)
        {
            return;
        }

        int host = PronounHosts.Find(w.Text[..pronoun], 0, out int hostStart);
        if (host < 0 || hostStart < w.RV || (host == YendoHost && !w.PrecededBy(hostStart, "u")))
        {
            return;
        }

        w.Truncate(pronoun);
        if (host == AccentedHost)
        {
            for (int i = hostStart; i < pronoun; i++)
            {
                w[i] = WithoutAcute(w[i]);
            }
        }
    }

    private static bool StandardSuffix(ref SnowballWord w)
    {
        int group = w.Find(StandardSuffixes, 0, out int start);
        if (group < 0 || start < (group == Amente ? w.R1 : w.R2))
        {
            return false;
        }

        switch (group)
        {
            case DeleteInR2:
                w.Truncate(start);
                break;
            case DeleteInR2ThenIc:
                w.Truncate(start);
                DeleteInR2If(ref w, "ic");
                break;
            case ToLog:
                w.ReplaceFrom(start, "log");
                break;
            case ToU:
                w.ReplaceFrom(start, "u");
                break;
            case ToEnte:
                w.ReplaceFrom(start, "ente");
                break;
            case Amente:
                w.Truncate(start);
                int preceding = w.Find(AfterAmente, 0, out int before);
                if (preceding >= 0 && before >= w.R2)
                {
                    w.Truncate(before);
                    if (preceding == Iv)
                    {
                        DeleteInR2If(ref w, "at");
                    }
                }
                break;
            case Mente:
                w.Truncate(start);
                DeleteInR2If(ref w, AfterMente);
                break;
            case Idad:
                w.Truncate(start);
                DeleteInR2If(ref w, AfterIdad);
                break;
            case Iva:
                w.Truncate(start);
                DeleteInR2If(ref w, "at");
                break;
        }
        return true;
    }

    private static bool YVerbSuffix(ref SnowballWord w)
    {
        // The suffix must lie in RV but the 'u' before it need not.
        if (w.Find(YVerbSuffixes, w.RV, out int start) < 0 || !w.PrecededBy(start, "u"))
        {
            return false;
        }

        w.Truncate(start);
        return true;
    }

    private static bool VerbSuffix(ref SnowballWord w)
    {
        int group = w.Find(VerbSuffixes, w.RV, out int start);
        if (group < 0)
        {
            return false;
        }

        w.Truncate(start);
        if (group == DeleteThenGu && w.EndsWith("gu"))
        {
            w.Truncate(start - 1);
        }
        return true;
    }

    private static void ResidualSuffix(ref SnowballWord w)
    {
        int group = w.Find(ResidualSuffixes, 0, out int start);
        if (group < 0 || start < w.RV)
        {
            return;
        }

        w.Truncate(start);
        if (group == DeleteInRvThenGu && w.EndsWith("gu") && start - 1 >= w.RV)
        {
            w.Truncate(start - 1);
        }
    }

    private static void DeleteInR2If(ref SnowballWord w, string suffix)
    {
        if (w.EndsWith(suffix) && w.Length - suffix.Length >= w.R2)
        {
            w.Truncate(w.Length - suffix.Length);
        }
    }

    private static void DeleteInR2If(ref SnowballWord w, SuffixTable suffixes)
    {
        if (w.Find(suffixes, 0, out int start) >= 0 && start >= w.R2)
        {
            w.Truncate(start);
        }
    }

    private static char WithoutAcute(char c) => c switch
    {
        'á' => 'a',
        'é' => 'e',
        'í' => 'i',
        'ó' => 'o',
        'ú' => 'u',
        _ => c,
    };
}
