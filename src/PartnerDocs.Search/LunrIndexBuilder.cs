using System.Text;
using PartnerDocs.Search.Text;

namespace PartnerDocs.Search;

/// <summary>
/// Builds a lunr 2.3.9 index for one language, serialized exactly as <c>JSON.stringify(builder.build())</c> in lunr.js
/// with the matching lunr-languages plugin. Not thread-safe; build one index per thread.
/// </summary>
public sealed class LunrIndexBuilder
{
    private readonly IndexData _data;
    private readonly TermPipeline _pipeline;
    private readonly HashSet<string> _refs = new(StringComparer.Ordinal);

    // Pipeline results (term numbers, none for a stop word) per distinct token as written and per lowercased token: most
    // tokens repeat, so most are found here without being lowercased.
    private readonly TokenTermTable _termsOfToken = new();
    private readonly Dictionary<string, int> _termNumbers = new(StringComparer.Ordinal);

    // Per-field scratch: frequency by term number, the distinct terms seen, and the tokens (term, start, length).
    private int[] _frequencies = new int[256];
    private readonly List<int> _fieldTerms = [];
    private readonly List<(int Term, int Start, int Length)> _fieldTokens = [];

    /// <summary>A builder for <paramref name="profile"/>'s language indexing <paramref name="fields"/> in this order; <paramref name="storePositions"/> adds lunr's <c>position</c> metadata.</summary>
    public LunrIndexBuilder(LanguageProfile profile, IReadOnlyList<LunrField> fields, bool storePositions = false)
    {
        ValidateFields(fields);
        Profile = profile;
        _data = new IndexData(fields.ToArray(), storePositions);
        _pipeline = new TermPipeline(profile);
    }

    /// <summary>The language profile the index is built with.</summary>
    public LanguageProfile Profile { get; }

    /// <summary>Number of documents added so far.</summary>
    public int DocumentCount => _data.DocumentCount;

    /// <summary>Number of distinct terms so far.</summary>
    public int TermCount => _data.Terms.Count;

    /// <summary>Adds a document; fields missing from <paramref name="fields"/> or null are empty; <paramref name="boost"/> scales all its scores (0 or NaN mean 1).</summary>
    public void Add(string docRef, IReadOnlyDictionary<string, string?> fields, double boost = 1)
    {
        if (!_refs.Add(docRef))
            throw new ArgumentException($"Document ref '{docRef}' was already added.", nameof(docRef));
        _data.DocRefs.Add(docRef);
        _data.DocBoosts.Add(boost);
        foreach (var field in _data.Fields)
            AddField(fields.GetValueOrDefault(field.Name));
    }

    /// <summary>
    /// Adds every document of <paramref name="part"/> (built with the same profile and fields), as if each had been added
    /// here in its order: builders of consecutive runs of documents, filled in parallel, append into the first.
    /// </summary>
    public void Append(LunrIndexBuilder part)
    {
        if (part.Profile != Profile || part._data.StorePositions != _data.StorePositions || !part._data.Fields.SequenceEqual(_data.Fields))
            throw new ArgumentException("The part was built with another profile or other fields.", nameof(part));
        if (part._data.DocRefs.FirstOrDefault(_refs.Contains) is { } added)
            throw new ArgumentException($"Document ref '{added}' was already added.", nameof(part));
        _refs.UnionWith(part._data.DocRefs);
        // Terms are numbered by first occurrence: the part's new terms, in its own order, follow all of this builder's.
        var termNumbers = new int[part._data.Terms.Count];
        for (var term = 0; term < termNumbers.Length; term++)
            termNumbers[term] = NumberTerm(part._data.Terms[term]);
        _data.Append(part._data, termNumbers);
    }

    /// <summary>Writes the serialized index as UTF-8 JSON (no BOM) to <paramref name="stream"/>, leaving it open.</summary>
    public void WriteJson(Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true);
        WriteJson(writer);
    }

    /// <summary>Writes the serialized index to <paramref name="writer"/>.</summary>
    public void WriteJson(TextWriter writer) => new LunrIndexSerializer(_data, Profile).Write(writer);

    /// <summary>
    /// Writes the split index (manifest, term shards, document chunks; see README "Search index format") into
    /// <paramref name="folder"/>; <paramref name="docs"/> are the result data of the added documents, in the same order.
    /// </summary>
    public SplitIndexStats WriteSplit(string folder, IReadOnlyList<SearchDoc> docs, SplitIndexOptions? options = null) =>
        new SplitIndexWriter(_data, Profile, options ?? new SplitIndexOptions()).Write(folder, docs);

    private void AddField(string? value)
    {
        _fieldTerms.Clear();
        _fieldTokens.Clear();
        var length = 0;
        if (value is not null)
        {
            // Positions refer to the lowercased text; without them each token is lowercased alone, once.
            var text = _data.StorePositions ? Tokenizer.Normalize(value) : value;
            for (var tokens = Tokenizer.Tokens(text); tokens.MoveNext();)
            {
                var range = tokens.Current;
                foreach (var term in TermNumbersOf(text, range, tokens.Hash))
                {
                    length++;
                    EnsureFrequencyCapacity(term);
                    if (_frequencies[term]++ == 0)
                        _fieldTerms.Add(term);
                    if (_data.StorePositions)
                    {
                        var (offset, tokenLength) = range.GetOffsetAndLength(text.Length);
                        _fieldTokens.Add((term, offset, tokenLength));
                    }
                }
            }
        }
        _data.FieldLengths.Add(length);
        RecordPairs();
    }

    // Appends the field's (term, frequency) pairs in order of first occurrence, with their positions, and resets the scratch.
    private void RecordPairs()
    {
        var positionStart = _data.PositionStarts.Count;
        foreach (var term in _fieldTerms)
        {
            var frequency = _frequencies[term];
            _data.PairTerms.Add(term);
            _data.PairFrequencies.Add(frequency);
            if (_data.StorePositions)
            {
                // Reuse the frequency slot as the next free position of this term.
                _frequencies[term] = positionStart;
                positionStart += frequency;
                _data.PairPositionStarts.Add(positionStart);
            }
            else
                _frequencies[term] = 0;
        }
        _data.PairStarts.Add(_data.PairTerms.Count);
        if (_data.StorePositions)
            ScatterPositions();
    }

    // Places each token's position in its term's run, keeping token order within a run.
    private void ScatterPositions()
    {
        for (var i = 0; i < _fieldTokens.Count; i++)
        {
            _data.PositionStarts.Add(0);
            _data.PositionLengths.Add(0);
        }
        foreach (var (term, start, length) in _fieldTokens)
        {
            var slot = _frequencies[term]++;
            _data.PositionStarts[slot] = start;
            _data.PositionLengths[slot] = length;
        }
        foreach (var term in _fieldTerms)
            _frequencies[term] = 0;
    }

    private int[] TermNumbersOf(string text, Range range, int hash)
    {
        var token = text.AsSpan(range);
        if (_termsOfToken.TryGet(token, hash, out var known))
            return known;
        var lowercased = JsLowerCase.ToLower(text, range);
        var numbers = TermNumbersOfLowercased(lowercased);
        // A capital sigma lowercases by the letters around the token: such a token is remembered only lowercased.
        if (!token.SequenceEqual(lowercased) && !token.Contains(JsLowerCase.CapitalSigma))
            _termsOfToken.Set(token.ToString(), hash, numbers);
        return numbers;
    }

    private int[] TermNumbersOfLowercased(string token)
    {
        var hash = Tokenizer.HashOf(token);
        if (_termsOfToken.TryGet(token, hash, out var known))
            return known;
        var terms = _pipeline.Run(token);
        var numbers = terms.Count == 0 ? [] : terms.Select(NumberTerm).ToArray();
        _termsOfToken.Set(token, hash, numbers);
        if (Profile.RecordsAccentAliases)
            RecordAccentAliases(token, terms);
        return numbers;
    }

    // A word typed without its accents goes through the search pipeline to another term: remember which one it meant.
    private void RecordAccentAliases(string token, List<string> terms)
    {
        var folded = LatinFolding.Fold(token);
        if (ReferenceEquals(folded, token))
            return;
        var typed = _pipeline.RunSearch(folded);
        if (typed.Count != terms.Count)
            return;
        for (var i = 0; i < terms.Count; i++)
        {
            if (typed[i] == terms[i])
                continue;
            if (!_data.Aliases.TryGetValue(typed[i], out var targets))
                _data.Aliases[typed[i]] = targets = [];
            if (!targets.Contains(terms[i]))
                targets.Add(terms[i]);
        }
    }

    private int NumberTerm(string term)
    {
        if (_termNumbers.TryGetValue(term, out var number))
            return number;
        number = _data.Terms.Count;
        _data.Terms.Add(term);
        _termNumbers.Add(term, number);
        return number;
    }

    private void EnsureFrequencyCapacity(int term)
    {
        if (term >= _frequencies.Length)
            Array.Resize(ref _frequencies, Math.Max(term + 1, _frequencies.Length * 2));
    }

    private static void ValidateFields(IReadOnlyList<LunrField> fields)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            // lunr splits field refs at '/', keeps "_index" for the term number, averages lengths in a plain object
            // (where "__proto__" is no key), and JS objects reorder numeric keys.
            if (field.Name.Contains('/') || field.Name is "_index" or "__proto__" || JsObjectKeys.IsArrayIndex(field.Name))
                throw new ArgumentException($"Field name '{field.Name}' cannot be used in a lunr index.", nameof(fields));
            if (!names.Add(field.Name))
                throw new ArgumentException($"Field '{field.Name}' is declared twice.", nameof(fields));
        }
    }
}
