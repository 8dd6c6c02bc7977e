namespace PartnerDocs.Search;

/// <summary>How a split index is cut: term shards of about <paramref name="ShardChars"/> characters, result data in chunks of <paramref name="DocsPerChunk"/> documents.</summary>
public sealed record SplitIndexOptions(int ShardChars = 40_000, int DocsPerChunk = 16);

/// <summary>What a split index holds: its term shards and document chunks.</summary>
public sealed record SplitIndexStats(int Terms, int Shards, int DocumentChunks);
