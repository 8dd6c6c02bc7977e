using System.Text;
using PartnerDocs.Diagnostics;
using PartnerDocs.Markdown.Limits;

namespace PartnerDocs.Tests.Hostile;

/// <summary>
/// The hostile corpus of issue 12: every case starts from a fresh copy of content/. To add one, append a line to
/// <see cref="All"/>: a name, and a function that plants the input and returns the expected runs and finding.
/// Loading-side cases (symlinks out of the docset, FIFOs, size and encoding limits, include fan-out) go here too, e.g.
/// <c>new("symlink-topic", d => { File.CreateSymbolicLink(d.PathOf("en-us/pw.md"), d.SecretFile); return Expectation.BuildAndCheck(1, "...", "en-us/pw.md", 1); })</c>:
/// the runner already asserts that the secret beside the docset never reaches out/.
/// </summary>
public static class HostileCases
{
    private const string Topic = "en-us/billing.md";

    public static IReadOnlyList<HostileCase> All { get; } =
    [
        // Markdown nesting (markdown.too-deep): bounded time, the rest of the page still renders.
        TooDeep("quote-10000", string.Concat(Enumerable.Repeat("> ", 10_000)) + "x"),
        TooDeep("list-markers-10000-on-one-line", string.Concat(Enumerable.Repeat("- ", 10_000)) + "x"),
        TooDeep("brackets-50000", new string('[', 50_000)),
        TooDeep("emphasis-50000", string.Concat(Enumerable.Repeat("*a", 50_000))),
        TooDeep("indented-list-250", IndentedList(250), firstDeepLine: MarkdownLimits.MaxLineDepth),
        TooDeep("indented-list-2000", IndentedList(2000), firstDeepLine: MarkdownLimits.MaxLineDepth), // 4 MB, under the file size limit
        new("angle-brackets-50000", d =>
        {
            d.AppendLine(Topic, new string('<', 50_000));
            return Expectation.Of(CliRun.Build(0), CliRun.Check(0));
        }),

        // Script injection: nothing with an unsafe scheme, no script or event handler in the article (the runner checks every page).
        new("unsafe-links", d =>
        {
            var at = d.AppendLine(Topic, """
                [a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](vbscript:msgbox(1)) [d](data:text/html,<script>alert(1)</script>)
                [e][ref] <javascript:alert(2)> ![f](javascript:alert(3)) [g](java&#9;script:alert(4))

                [ref]: javascript:alert(5)

                :::image type="content" source="javascript:alert(6)" alt-text="x":::
                """);
            d.AppendLine("en-us/TOC.md", "## [JS](javascript:alert(7))");
            return Expectation.BuildAndCheck(1, Rules.LinkUnsafeScheme, Topic, at) with
            {
                Then = (h, _) => Assert.Contains("javascript:alert(2)", File.ReadAllText(Path.Combine(h.Output, "en-us/billing.html"))),
            };
        }),
        new("raw-html-script", d => Expectation.BuildAndCheck(0, Rules.HtmlDisallowed, Topic, d.AppendLine(Topic, "<script>alert(31337)</script>"))),
        new("raw-html-iframe", d => Expectation.BuildAndCheck(0, Rules.HtmlDisallowed, Topic, d.AppendLine(Topic, "<iframe src=\"https://example.com/embed\"></iframe>"))),
        new("raw-html-event-handler", d => Expectation.BuildAndCheck(0, Rules.HtmlDisallowed, Topic, d.AppendLine(Topic, "Text <img src=\"media/billing-cycle.svg\" onerror=\"alert(31337)\"> more"))),
        new("raw-html-trusted", d =>
        {
            d.AppendLine(Topic, "<div data-widget=\"1\">trusted</div>");
            File.AppendAllText(d.PathOf("partnerdocs.yml"), "rawHtml: trusted\n");
            return Expectation.Of(CliRun.Build(0), CliRun.Check(0)) with
            {
                Then = (h, last) => Assert.Contains("data-widget", File.ReadAllText(Path.Combine(h.Output, "en-us/billing.html"))),
            };
        }),

        // YAML that used to crash YamlDotNet.
        new("frontmatter-unclosed-flow", d =>
        {
            d.Write(Topic, File.ReadAllText(d.PathOf(Topic)).Replace("title:", "ms.topic: [article\ntitle:", StringComparison.Ordinal));
            return Expectation.BuildAndCheck(1, Rules.FrontMatterInvalid, Topic, 2);
        }),
        new("config-unclosed-flow", d =>
        {
            d.Write("partnerdocs.yml", "title: T\nlocales: [en-us, es-es\n");
            return Expectation.Of(CliRun.Build(1), CliRun.Check(1)) with { Finding = new Finding(Rules.ConfigInvalid, "partnerdocs.yml", 3) };
        }),
        new("title-is-a-mapping", d =>
        {
            d.Write(Topic, File.ReadAllText(d.PathOf(Topic)).Replace("title:", "title:\n  nested: map\nold-title:", StringComparison.Ordinal));
            return Expectation.BuildAndCheck(1, Rules.FrontMatterInvalid, Topic, 3);
        }),

        // Data loss: output folders that overlap the docset are refused and nothing is deleted.
        new("output-inside-docset", _ => Expectation.Of(new CliRun(2, "build", "docset", "-o", "docset/_site", "--no-search")) with
        {
            Then = (h, last) =>
            {
                Assert.Contains("inside the docset", last.Stderr);
                Assert.False(Directory.Exists(h.PathOf("_site")));
            },
        }),
        new("docset-inside-output", d =>
        {
            // The case: build into j, copy the docset into j/mydocs, add a file, build j/mydocs into j.
            var first = CliProcess.Run(d.Root, "build", "docset", "-o", "j", "--no-search");
            Assert.Equal(0, first.ExitCode);
            HostileDocset.CopyFolder(d.Docset, Path.Combine(d.Root, "j/mydocs"));
            File.WriteAllText(Path.Combine(d.Root, "j/mydocs/NOTES.txt"), "notes");
            return Expectation.Of(new CliRun(2, "build", "j/mydocs", "-o", "j", "--no-search")) with
            {
                Then = (h, last) =>
                {
                    Assert.Contains("inside the output folder", last.Stderr);
                    Assert.Equal("notes", File.ReadAllText(Path.Combine(h.Root, "j/mydocs/NOTES.txt")));
                    Assert.True(File.Exists(Path.Combine(h.Root, "j/mydocs/en-us/billing.md")));
                },
            };
        }),
        new("stale-staging-folders", d =>
        {
            var stale = Path.Combine(d.Root, ".out.partnerdocs-new-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(stale);
            File.WriteAllText(Path.Combine(stale, ".partnerdocs-staging"), (int.MaxValue - 7).ToString(System.Globalization.CultureInfo.InvariantCulture));
            var foreign = Path.Combine(d.Root, ".out.partnerdocs-new-not-ours");
            Directory.CreateDirectory(foreign);
            return Expectation.Of(CliRun.Build(0)) with
            {
                Then = (_, _) =>
                {
                    Assert.False(Directory.Exists(stale), "the staging folder of a dead build is removed");
                    Assert.True(Directory.Exists(foreign), "a folder without the staging marker is not ours to delete");
                },
            };
        }),

        // Wrong input folders and references.
        new("empty-docset-folder", d =>
        {
            Directory.CreateDirectory(Path.Combine(d.Root, "empty"));
            return Expectation.Of(new CliRun(2, "build", "empty", "-o", "out", "--no-search"), new CliRun(2, "check", "empty")) with
            {
                Then = (_, last) => Assert.Contains("no locale folder", last.Stderr),
            };
        }),
        new("mistyped-docset-path", _ => Expectation.Of(new CliRun(2, "build", "docsett", "-o", "out", "--no-search"), new CliRun(2, "check", "docsett"))),
        new("missing-include", d => Expectation.Of(CliRun.Check(1)) with
        {
            Finding = new Finding(Rules.IncludeTargetMissing, Topic, d.AppendLine(Topic, "[!INCLUDE[gone](includes/no-such-file.md)]")),
        }),
        new("baseline-outside-docset", d =>
        {
            File.AppendAllText(d.PathOf("partnerdocs.yml"), "baseline: ../secret.txt\n");
            return Expectation.Of(new CliRun(2, "check", "docset")) with
            {
                Then = (_, last) =>
                {
                    Assert.Contains("outside the docset", last.Stderr);
                    Assert.DoesNotContain("usage:", last.Stderr);
                },
            };
        }),
        new("stamp-list-front-matter", d =>
        {
            const string listFrontMatter = "---\n- a\n- b\n---\n# Facturación\n\nTexto cambiado.\n";
            d.Write("es-es/billing.md", listFrontMatter);
            return Expectation.Of(new CliRun(1, "stamp", "docset", "es-es")) with
            {
                Then = (h, last) =>
                {
                    Assert.Equal(listFrontMatter, File.ReadAllText(h.PathOf("es-es/billing.md")));
                    Assert.Contains("es-es/billing.md: not stamped", last.Stderr);
                },
            };
        }),
        new("alt-text-entity", d =>
        {
            d.AppendLine(Topic, ":::image type=\"content\" source=\"media/billing-cycle.svg\" alt-text=\"Say &quot;hi&quot;\":::");
            return Expectation.Of(CliRun.Build(0)) with
            {
                Then = (h, _) =>
                {
                    var page = SiteScan.Parse(File.ReadAllText(Path.Combine(h.Output, "en-us/billing.html")));
                    Assert.Contains(page.QuerySelectorAll("article img"), img => img.GetAttribute("alt") == "Say \"hi\"");
                },
            };
        }),
    ];

    public static TheoryData<string> Names() => new(All.Select(c => c.Name));

    public static HostileCase Named(string name) => All.Single(c => c.Name == name);

    // The finding names the first line past the limit: the first appended line, or (indented lists) the one 32 levels in.
    private static HostileCase TooDeep(string name, string text, int firstDeepLine = 0) =>
        new(name, d => Expectation.BuildAndCheck(1, Rules.MarkdownTooDeep, Topic, d.AppendLine(Topic, text) + firstDeepLine));

    // Each item indented two more columns than the last: one list level deeper per line.
    private static string IndentedList(int levels)
    {
        var text = new StringBuilder();
        for (var i = 0; i < levels; i++)
        {
            text.Append(' ', 2 * i).Append("- item ").Append(i).Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }
}
