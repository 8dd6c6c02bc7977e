namespace PartnerDocs.Validation.Parity;

/// <summary>
/// A link target comparable across locales (see <see cref="LinkTargetKeys"/>): the text <c>"/"</c> + <see cref="Span"/> when
/// <see cref="Rooted"/>, else <see cref="Span"/>. An internal target is a span of the resolved path, so no string is made per link.
/// </summary>
internal readonly struct LinkTargetKey(string text, int start, bool rooted) : IEquatable<LinkTargetKey>
{
    public ReadOnlySpan<char> Span => text.AsSpan(start);

    public bool Rooted => rooted;

    /// <summary>A key that is a whole string: one starting with '/' is kept as rooted, so equal texts always give equal keys.</summary>
    public static LinkTargetKey Of(string key) => key.StartsWith('/') ? new(key, 1, true) : new(key, 0, false);

    public bool Equals(LinkTargetKey other) => Rooted == other.Rooted && Span.SequenceEqual(other.Span);

    public override bool Equals(object? obj) => obj is LinkTargetKey other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Rooted, string.GetHashCode(Span));

    public override string ToString() => Rooted ? "/" + Span.ToString() : start == 0 ? text : Span.ToString();
}
