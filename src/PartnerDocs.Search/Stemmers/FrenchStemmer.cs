using System.Buffers;

namespace PartnerDocs.Search.Stemmers;

/// <summary>
/// The Snowball French stemmer as it stood before the 2018 diaeresis change (ë and ï are plain
/// vowels here), matching lunr-languages 1.22.0. Stateless, so safe to share across threads.
/// </summary>
/// <remarks>
/// As in Snowball, u, i and y that act as consonants are marked by upper-casing them (U, I, Y),
/// which stops them counting as vowels; the marks are lowered again at the end.
/// </remarks>
public sealed class FrenchStemmer : IStemmer
{
    private static readonly SearchValues<char> Vowels = SearchValues.Create("aeiouyâàëéêèïîôûù");

    private static readonly SearchValues<char> KeepWithS = SearchValues.Create("aiouès");

    private const int DeleteInR2 = 0, DeleteInR2ThenIc = 1, ToLog = 2, ToU = 3, ToEnt = 4, Ement = 5,
        Ite = 6, If = 7, Eaux = 8, Aux = 9, Euse = 10, Issement = 11, Amment = 12, Emment = 13, Ment = 14;
    private static readonly SuffixTable StandardSuffixes = new(
        "ance iqUe isme able iste eux ances iqUes ismes ables istes",
        "atrice ateur ation atrices ateurs ations",
        "logie logies",
        "usion ution usions utions",
        "ence ences",
        "ement ements",
        "ité ités",
        "if ive ifs ives",
        "eaux",
        "aux",
        "euse euses",
        "issement issements",
        "amment",
        "emment",
        "ment ments");

    private const int Iv = 0, Eus = 1, AblIqU = 2, Ier = 3;
    private static readonly SuffixTable AfterEment = new("iv", "eus", "abl iqU", "ièr Ièr");

    private const int Abil = 0, Ic = 1;
    private static readonly SuffixTable AfterIte = new("abil", "ic", "iv");

    private static readonly SuffixTable IVerbSuffixes = new(
        "îmes ît îtes i ie ies ir ira irai iraIent irais irait iras irent irez iriez irions irons iront is " +
        "issaIent issais issait issant issante issantes issants isse issent isses issez issiez issions issons it");

    private const int Ions = 0, DeleteThenE = 2;
    private static readonly SuffixTable VerbSuffixes = new(
        "ions",
        "é ée ées és èrent er era erai eraIent erais erait eras erez eriez erions erons eront ez iez",
        "âmes ât âtes a ai aIent ais ait ant ante antes ants as asse assent asses assiez assions");

    private const int Ion = 0, ToI = 1, E = 2, EDiaeresis = 3;
    private static readonly SuffixTable ResidualSuffixes = new("ion", "ier ière Ier Ière", "e", "ë");

    public string Stem(string word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[64] : new char[word.Length];
        var w = new SnowballWord(buffer, word);
        MarkNonVowels(ref w);
        w.SetRegions(RvStart(w.Text), Vowels);

        // Step 1, else 2a, else 2b; then step 3 if one of them removed a suffix, otherwise step 4.
        if (StandardSuffix(ref w) || IVerbSuffix(ref w) || VerbSuffix(ref w))
        {
            if (w.EndsWith("Y"))
            {
                w[w.Length - 1] = 'i';
            }
            else if (w.EndsWith("ç"))
            {
                w[w.Length - 1] = 'c';
            }
        }
        else
        {
            ResidualSuffix(ref w);
        }

        UnDouble(ref w);
        UnAccent(ref w);
        for (int i = 0; i < w.Length; i++)
        {
            w[i] = w[i] switch { 'I' => 'i', 'U' => 'u', 'Y' => 'y', var c => c };
        }
        return w.ToString(word);
    }

    private static bool IsVowel(char c) => Vowels.Contains(c);

    // Upper-cases u and i between vowels, y next to a vowel, and u after q.
    private static void MarkNonVowels(ref SnowballWord w)
    {
        for (int i = 0; i + 1 < w.Length; i++)
        {
            char next = w[i + 1];
            if (IsVowel(w[i]) && (next == 'y' || (next is 'u' or 'i' && i + 2 < w.Length && IsVowel(w[i + 2]))))
            {
                w[i + 1] = next switch { 'u' => 'U', 'i' => 'I', _ => 'Y' };
            }
            else if (w[i] == 'y' && IsVowel(next))
            {
                w[i] = 'Y';
            }
            else if (w[i] == 'q' && next == 'u')
            {
                w[i + 1] = 'U';
            }
        }
    }

    // After the third letter if the word starts with two vowels (or par/col/tap), else after the first non-initial vowel.
    private static int RvStart(ReadOnlySpan<char> word)
    {
        if (word.Length >= 3 && ((IsVowel(word[0]) && IsVowel(word[1])) ||
            word.StartsWith("par") || word.StartsWith("col") || word.StartsWith("tap")))
        {
            return 3;
        }

        int vowel = word.Length < 2 ? -1 : word[1..].IndexOfAny(Vowels);
        return vowel < 0 ? word.Length : vowel + 2;
    }

    private static bool StandardSuffix(ref SnowballWord w)
    {
        int group = w.Find(StandardSuffixes, 0, out int start);
        switch (group)
        {
            case DeleteInR2 when start >= w.R2:
                w.Truncate(start);
                return true;
            case DeleteInR2ThenIc when start >= w.R2:
                w.Truncate(start);
                DeleteInR2ElseReplace(ref w, "ic", "iqU");
                return true;
            case ToLog when start >= w.R2:
                w.ReplaceFrom(start, "log");
                return true;
            case ToU when start >= w.R2:
                w.ReplaceFrom(start, "u");
                return true;
            case ToEnt when start >= w.R2:
                w.ReplaceFrom(start, "ent");
                return true;
            case Ement when start >= w.RV:
                w.Truncate(start);
                AfterEmentRemoved(ref w);
                return true;
            case Ite when start >= w.R2:
                w.Truncate(start);
                int preceding = w.Find(AfterIte, 0, out int before);
                if (preceding == Abil)
                {
                    DeleteInR2ElseReplace(ref w, "abil", "abl");
                }
                else if (preceding == Ic)
                {
                    DeleteInR2ElseReplace(ref w, "ic", "iqU");
                }
                else if (preceding >= 0 && before >= w.R2)
                {
                    w.Truncate(before);
                }
                return true;
            case If when start >= w.R2:
                w.Truncate(start);
                if (w.EndsWith("at") && w.Length - 2 >= w.R2)
                {
                    w.Truncate(w.Length - 2);
                    DeleteInR2ElseReplace(ref w, "ic", "iqU");
                }
                return true;
            case Eaux:
                w.ReplaceFrom(start, "eau");
                return true;
            case Aux when start >= w.R1:
                w.ReplaceFrom(start, "al");
                return true;
            case Euse when start >= w.R2:
                w.Truncate(start);
                return true;
            case Euse when start >= w.R1:
                w.ReplaceFrom(start, "eux");
                return true;
            case Issement when start >= w.R1 && start > 0 && !IsVowel(w[start - 1]):
                w.Truncate(start);
                return true;
            // The -ment cases edit the word yet report no removal, so that steps 2a/2b still run.
            case Amment when start >= w.RV:
                w.ReplaceFrom(start, "ant");
                return false;
            case Emment when start >= w.RV:
                w.ReplaceFrom(start, "ent");
                return false;
            case Ment when start - 1 >= w.RV && IsVowel(w[start - 1]):
                w.Truncate(start);
                return false;
            default:
                return false;
        }
    }

    private static void AfterEmentRemoved(ref SnowballWord w)
    {
        int group = w.Find(AfterEment, 0, out int start);
        switch (group)
        {
            case Iv when start >= w.R2:
                w.Truncate(start);
                if (w.EndsWith("at") && w.Length - 2 >= w.R2)
                {
                    w.Truncate(w.Length - 2);
                }
                break;
            case Eus when start >= w.R2:
                w.Truncate(start);
                break;
            case Eus when start >= w.R1:
                w.ReplaceFrom(start, "eux");
                break;
            case AblIqU when start >= w.R2:
                w.Truncate(start);
                break;
            case Ier when start >= w.RV:
                w.ReplaceFrom(start, "i");
                break;
        }
    }

    private static bool IVerbSuffix(ref SnowballWord w)
    {
        // Suffix and the non-vowel before it must both lie in RV.
        if (w.Find(IVerbSuffixes, w.RV, out int start) < 0 || start - 1 < w.RV || IsVowel(w[start - 1]))
        {
            return false;
        }

        w.Truncate(start);
        return true;
    }

    private static bool VerbSuffix(ref SnowballWord w)
    {
        int group = w.Find(VerbSuffixes, w.RV, out int start);
        if (group < 0 || (group == Ions && start < w.R2))
        {
            return false;
        }

        w.Truncate(start);
        if (group == DeleteThenE && w.EndsWith("e") && start - 1 >= w.RV)
        {
            w.Truncate(start - 1);
        }
        return true;
    }

    private static void ResidualSuffix(ref SnowballWord w)
    {
        // The s test is not confined to RV; everything after it is.
        if (w.Length >= 2 && w.EndsWith("s") && !KeepWithS.Contains(w[w.Length - 2]))
        {
            w.Truncate(w.Length - 1);
        }

        int group = w.Find(ResidualSuffixes, w.RV, out int start);
        switch (group)
        {
            case Ion when start >= w.R2 && start - 1 >= w.RV && w[start - 1] is 's' or 't':
            case E:
                w.Truncate(start);
                break;
            case ToI:
                w.ReplaceFrom(start, "i");
                break;
            case EDiaeresis when start - 2 >= w.RV && w.PrecededBy(start, "gu"):
                w.Truncate(start);
                break;
        }
    }

    // Drops the last letter of a final enn, onn, ett, ell or eill.
    private static void UnDouble(ref SnowballWord w)
    {
        if (w.EndsWith("enn") || w.EndsWith("onn") || w.EndsWith("ett") || w.EndsWith("ell") || w.EndsWith("eill"))
        {
            w.Truncate(w.Length - 1);
        }
    }

    // An é or è followed only by (at least one) non-vowels loses its accent.
    private static void UnAccent(ref SnowballWord w)
    {
        int i = w.Length - 1;
        while (i >= 0 && !IsVowel(w[i]))
        {
            i--;
        }

        if (i >= 0 && i < w.Length - 1 && w[i] is 'é' or 'è')
        {
            w[i] = 'e';
        }
    }

    private static void DeleteInR2ElseReplace(ref SnowballWord w, string suffix, string replacement)
    {
        if (!w.EndsWith(suffix))
        {
            return;
        }

        int start = w.Length - suffix.Length;
        if (start >= w.R2)
        {
            w.Truncate(start);
        }
        else
        {
            w.ReplaceFrom(start, replacement);
        }
    }
}
