using System.Text.Json;
using System.Text.Json.Nodes;
using PartnerDocs.Diagnostics;

namespace PartnerDocs.Validation.Baselines;

/// <summary>
/// Accepted findings, matched by <see cref="Fingerprint"/> with counts (two identical findings need two entries).
/// File format: { "version": 1, "entries": [ { "fingerprint", "rule", "file", "target", "message" } ] }.
/// </summary>
public sealed class Baseline
{
    private readonly List<JsonObject> entries;

    private Baseline(string file, List<JsonObject> entries)
    {
        File = file;
        this.entries = entries;
    }

    /// <summary>Where the baseline was read from, as reported in stale-entry findings.</summary>
    public string File { get; }

    public int Count => entries.Count;

    public static Baseline Empty(string file) => new(file, []);

    /// <exception cref="InvalidDataException">The file is not a baseline.</exception>
    public static Baseline Read(string path, string displayName)
    {
        try
        {
            var root = JsonNode.Parse(System.IO.File.ReadAllText(path)) as JsonObject;
            var list = root?["entries"] as JsonArray ?? throw new InvalidDataException($"baseline '{displayName}' has no \"entries\" array");
            return new Baseline(displayName, list.OfType<JsonObject>().Where(e => e["fingerprint"] is not null).ToList());
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"baseline '{displayName}' is not valid JSON: {ex.Message}");
        }
    }

    /// <summary>Findings the baseline does not accept, how many it accepted, and a note per entry that matched nothing.</summary>
    public (List<Diagnostic> Kept, int Suppressed, List<Diagnostic> StaleEntries) Apply(IEnumerable<Diagnostic> diagnostics)
    {
        var remaining = entries.GroupBy(e => (string)e["fingerprint"]!).ToDictionary(g => g.Key, g => new Queue<JsonObject>(g), StringComparer.Ordinal);
        var kept = new List<Diagnostic>();
        var suppressed = 0;
        foreach (var diagnostic in diagnostics)
        {
            if (remaining.TryGetValue(Fingerprint.Of(diagnostic), out var queue) && queue.TryDequeue(out _))
            {
                suppressed++;
            }
            else
            {
                kept.Add(diagnostic);
            }
        }

        var stale = remaining.Values.SelectMany(q => q).Select(entry => new Diagnostic(
            RuleCatalog.BaselineStaleEntry, Severity.Note, new SourceLocation(File, 1),
            $"baseline entry {entry["fingerprint"]} ({entry["rule"]} in {entry["file"]}) matches no finding any more; remove it or run with --update-baseline",
            Target: (string?)entry["fingerprint"])).ToList();
        return (kept, suppressed, stale);
    }

    public static void Write(string path, IEnumerable<Diagnostic> diagnostics)
    {
        var list = new JsonArray();
        foreach (var d in diagnostics.Where(d => d.Rule != RuleCatalog.BaselineStaleEntry))
        {
            // As a JsonNode: the generic Add<T> would serialize it by reflection, which the trimmed tool cannot.
            list.Add((JsonNode)new JsonObject
            {
                ["fingerprint"] = Fingerprint.Of(d),
                ["rule"] = d.Rule,
                ["file"] = d.Location?.File,
                ["target"] = d.Target,
                ["message"] = d.Message,
            });
        }

        var root = new JsonObject { ["version"] = 1, ["entries"] = list };
        System.IO.File.WriteAllText(path, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}
