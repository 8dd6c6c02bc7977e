namespace PartnerDocs.Diagnostics;

/// <summary>A 1-based position in a docset file; <see cref="File"/> is relative to the docset root with '/' separators.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column = 1)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
