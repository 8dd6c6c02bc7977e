using System.Diagnostics;
using PartnerDocs.Docsets;
using PartnerDocs.Translation.Status;

namespace PartnerDocs.Tests.Translation;

/// <summary>Docsets for the status tests, the report computed from them, and git for the history cases.</summary>
internal static class StatusDocsets
{
    // Words: Billing 1 + 5 + 3 + 5 = 14.
    public const string BillingV1 = "---\ntitle: Billing\nms.date: 02/01/2026\n---\n# Billing\n\nPay your invoice every month.\n\n## Read your bill\n\nThe bill lists every charge.\n";

    /// <summary>An en-us source with three topics and two translations of all of them, stamped (so every translation is current).</summary>
    public static TempDocset ThreeTopics(string config = "")
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["partnerdocs.yml"] = "title: Status test\nsourceLocale: en-us\nlocales: [en-us, es-es, fr-fr]\n" + config,
        };
        foreach (var locale in new[] { "en-us", "es-es", "fr-fr" })
        {
            files[$"{locale}/TOC.md"] = "# [Home](index.md)\n## [Billing](billing.md)\n## [Accounts](accounts.md)\n";
            files[$"{locale}/index.md"] = "---\ntitle: Home\nms.date: 01/15/2026\n---\n# Home\n\nWelcome home.\n";
            files[$"{locale}/billing.md"] = BillingV1;
            files[$"{locale}/accounts.md"] = "---\ntitle: Accounts\n---\n# Accounts\n\nCreate an account for each customer.\n";
        }

        var docset = TempDocset.Create(files.Select(f => (f.Key, f.Value)).ToArray());
        Stamp(docset);
        return docset;
    }

    public static void Stamp(TempDocset docset) => Assert.Equal(0, Cli.CliRunner.Run("stamp", docset.Root).ExitCode);

    public static StatusReport Report(TempDocset docset) => Report(docset.Root);

    public static StatusReport Report(string root) => TranslationStatus.Compute(DocsetLoader.Load(root))!;

    public static LocaleStatus Locale(this StatusReport report, string name) => report.Locales.Single(l => l.Locale == name);

    public static TopicStatus Topic(this StatusReport report, string path) => report.Topics.Single(t => t.Path == path);

    /// <summary>(current, machine-translated, stale, missing) of a locale.</summary>
    public static (int, int, int, int) Counts(this StatusReport report, string locale)
    {
        var l = report.Locale(locale);
        return (l.Count(TranslationState.Current), l.Count(TranslationState.MachineTranslated), l.Count(TranslationState.Stale), l.Count(TranslationState.Missing));
    }

    /// <summary>Replaces the first occurrence of <paramref name="oldText"/>, which must be there.</summary>
    public static void Replace(this TempDocset docset, string relative, string oldText, string newText)
    {
        var text = docset.Read(relative);
        var at = text.IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{relative} has no '{oldText}'");
        docset.Write(relative, text[..at] + newText + text[(at + oldText.Length)..]);
    }

    /// <summary>Runs git in the docset folder with a fixed identity and, for commits, a fixed date.</summary>
    public static void Git(TempDocset docset, params string[] args) => Git(docset, null, args);

    public static void Commit(TempDocset docset, string message, DateTimeOffset date)
    {
        Git(docset, "add", "-A");
        Git(docset, date, "commit", "-q", "-m", message);
    }

    private static void Git(TempDocset docset, DateTimeOffset? date, params string[] args)
    {
        var info = new ProcessStartInfo("git") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in (string[])["-c", "user.name=Status Test", "-c", "user.email=status@example.com", "-c", "commit.gpgsign=false", "-C", docset.Root, .. args])
        {
            info.ArgumentList.Add(arg);
        }

        if (date is { } when)
        {
            info.Environment["GIT_AUTHOR_DATE"] = when.ToString("o");
            info.Environment["GIT_COMMITTER_DATE"] = when.ToString("o");
        }

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {error.Result}");
    }
}
