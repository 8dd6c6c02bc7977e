using System.Globalization;
using PartnerDocs.Docsets;
using PartnerDocs.Paths;
using PartnerDocs.Translation.Status;

namespace PartnerDocs.Cli;

/// <summary>partnerdocs status: the translation status report; exit 1 when a locale's current share is below --fail-under.</summary>
internal static class StatusCommand
{
    public static int Run(CommandLine line, TextWriter stdout, TextWriter stderr)
    {
        if (line.Positionals.Count > 1)
        {
            throw new UsageException("status takes one DOCSET folder");
        }

        var format = line.Option("--format") ?? "text";
        if (format is not ("text" or "json" or "html"))
        {
            throw new UsageException($"unknown format '{format}'; use one of text, json, html");
        }

        var siteUrl = SiteUrl(line.Option("--site-url"));
        var failUnder = FailUnder(line.Option("--fail-under"));
        var docsetPath = Cli.DocsetArgument(line);
        var docset = DocsetLoader.Load(docsetPath);
        var report = TranslationStatus.Compute(docset);
        if (report is null)
        {
            stderr.WriteLine($"partnerdocs: {docsetPath} has no locale folder, so there is no translation status");
            return Cli.CannotRun;
        }

        Write(report, format, siteUrl, line.Option("--output"), stdout);
        var below = failUnder is { } percent ? report.Below(percent).ToList() : [];
        foreach (var locale in below)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"partnerdocs: {locale.Locale} has {locale.Share(TranslationState.Current):0.0}% of its topics translated and current, below --fail-under {failUnder}"));
        }

        return below.Count > 0 ? Cli.Errors : Cli.Ok;
    }

    private static void Write(StatusReport report, string format, string? siteUrl, string? output, TextWriter stdout)
    {
        using var file = output is null ? null : new StreamWriter(output);
        var writer = file ?? stdout;
        switch (format)
        {
            case "json": StatusJson.Write(report, writer); break;
            case "html": writer.Write(StatusHtml.Render(report, siteUrl)); break;
            default: StatusText.Write(report, writer); break;
        }
    }

    private static string? SiteUrl(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (UrlPolicy.IsUnsafe(value) || UrlPolicy.SchemeOf(value) == "mailto")
        {
            throw new UsageException($"--site-url must be a relative URL such as ../ or an http(s) URL, not '{value}'");
        }

        return value.Length == 0 || value.EndsWith('/') ? value : value + "/";
    }

    private static double? FailUnder(string? value)
    {
        if (value is null)
        {
            return null;
        }

        return double.TryParse(value.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) && percent is >= 0 and <= 100
            ? percent
            : throw new UsageException($"--fail-under takes a percentage from 0 to 100, not '{value}'");
    }
}
