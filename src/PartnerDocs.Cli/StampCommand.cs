using PartnerDocs.Docsets;
using PartnerDocs.Translation;

namespace PartnerDocs.Cli;

internal static class StampCommand
{
    public static int Run(CommandLine line, TextWriter stdout, TextWriter stderr)
    {
        var arguments = line.Positionals.ToList();
        // A first argument shaped like a locale ("es-es") is a locale of ./content, not a docset folder.
        var docsetGiven = arguments.Count > 0 && !LocaleNames.IsLocaleName(arguments[0]);
        var docsetPath = docsetGiven ? arguments[0] : "content";
        var locales = arguments.Skip(docsetGiven ? 1 : 0).ToList();
        var docset = DocsetLoader.Load(docsetPath);
        foreach (var locale in locales)
        {
            if (docset.Locale(locale) is null)
            {
                throw new UsageException($"'{locale}' is not a locale of {docsetPath}");
            }

            if (locale == docset.Source?.Name)
            {
                throw new UsageException($"'{locale}' is the source locale; stamp records the source hash in translations");
            }
        }

        var refused = new List<SourceHashStamper.Refusal>();
        var changes = SourceHashStamper.Stamp(docset, locales, refused);
        foreach (var refusal in refused)
        {
            stderr.WriteLine($"{refusal.File}: not stamped: {refusal.Reason}");
        }

        foreach (var change in changes)
        {
            stdout.WriteLine($"{change.File}: source-hash {change.Before ?? "(none)"} -> {change.After}");
        }

        stdout.WriteLine(changes.Count == 0 && refused.Count == 0 ? "every translation already records its current source hash" : $"stamped {changes.Count} translations");
        return refused.Count > 0 ? Cli.Errors : Cli.Ok;
    }
}
