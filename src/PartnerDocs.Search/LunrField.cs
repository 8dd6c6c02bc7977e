namespace PartnerDocs.Search;

/// <summary>A document field to index; terms found in it score <paramref name="Boost"/> times higher (0 or NaN mean 1, as in lunr).</summary>
public sealed record LunrField(string Name, double Boost = 1);
