namespace PartnerDocs.Preview;

/// <summary>A served file that differs from the site folder: serve's in-memory re-render (<see cref="Body"/>), or a deleted page (null body: 404).</summary>
public sealed record OverlayFile(byte[]? Body);
