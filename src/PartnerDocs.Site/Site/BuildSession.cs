using System.Diagnostics;
using PartnerDocs.Docsets;
using PartnerDocs.Progress;
using PartnerDocs.Rendering;
using PartnerDocs.Search;
using PartnerDocs.Validation;
using PartnerDocs.Validation.Baselines;
using PartnerDocs.Validation.Checks;

namespace PartnerDocs.Site;

/// <summary>What one build produced: the verdict on the docset (the same check gives) and, for a build, the site written.</summary>
public sealed record BuildOutcome(Docset Docset, CheckReport Report, SiteBuildResult? Site, TimeSpan LoadTime, TimeSpan Elapsed);

/// <summary>
/// The one build path, shared by build, check and serve: load the docset into the model, check it under the docset's
/// diagnostic policy (rule severities, baseline), then, for a site, render, index and emit. Commands only parse arguments,
/// print and map <see cref="CheckReport.HasErrors"/> to the exit code, so one docset gets one verdict from each.
/// </summary>
public sealed class BuildSession
{
    private readonly Task<TemplateSet?> templatesRead;

    /// <param name="templates">The templates; check may run without them (then ui.string-missing is not checked).</param>
    public BuildSession(TemplateSet? templates) => templatesRead = Task.FromResult(templates);

    /// <param name="templatesRead">The templates as they are being read: check needs them only after loading, so it loads meanwhile.</param>
    public BuildSession(Task<TemplateSet?> templatesRead) => this.templatesRead = templatesRead;

    // A reading error is thrown here, as it would have been where the templates were read.
    private TemplateSet? Templates => templatesRead.GetAwaiter().GetResult();

    /// <summary>Load and check only, nothing rendered; the report's findings are before any baseline (see <see cref="Checker.WithBaseline"/>).</summary>
    public BuildOutcome Check(string docsetPath, IProgress<BuildProgress>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        progress?.Report(new BuildProgress("loading the docset", 0, 0));
        var docset = DocsetLoader.Load(docsetPath, searchText: false, bodies: KeptBodies.None);
        var loaded = clock.Elapsed;
        progress?.Report(new BuildProgress("running the check rules", 0, 0));
        var report = WithoutCollections.Run(RulesBudget(docset), () => Verdict(docset, baseline: null));
        return new BuildOutcome(docset, report, null, loaded, clock.Elapsed);
    }

    /// <summary>
    /// Load (rendering each body from the loader's parse), check while rendering pages, index (unless <paramref name="lunr"/> is null)
    /// and swap the site into <paramref name="output"/>; <paramref name="progress"/> hears of each stage and of every page
    /// rendered; see <see cref="SiteBuilder.Build"/> for <paramref name="searchIndexesLater"/>.
    /// </summary>
    /// <param name="keepBodies">True when the model will render pages again (serve): every topic keeps its body, not only those
    /// with includes, which are rendered after loading.</param>
    public BuildOutcome Build(string docsetPath, string output, LunrAssets? lunr, IProgress<BuildProgress>? progress = null, bool searchIndexesLater = false, bool keepBodies = false)
    {
        var site = Templates ?? throw new InvalidOperationException("a site build needs templates");
        var clock = Stopwatch.StartNew();
        progress?.Report(new BuildProgress("loading the docset", 0, 0));
        var bodies = new PrerenderedBodies(site);
        var docset = DocsetLoader.Load(docsetPath, bodies.Render, bodies: keepBodies ? KeptBodies.All : KeptBodies.Unrendered);
        var loaded = clock.Elapsed;
        progress?.Report(new BuildProgress("running the check rules", 0, 0));
        // The rules only read the model, and rendering adds no findings: they run beside the rendering, using the cores its serial parts leave idle.
        var report = Task.Run(() => Verdict(docset, BaselineFile.ReadConfigured(docset)));
        var result = new SiteBuilder(site).Build(docset, output, lunr, progress, bodies, searchIndexesLater);
        return new BuildOutcome(docset, report.GetAwaiter().GetResult(), result, loaded, clock.Elapsed);
    }

    // What the rules allocate, with room: 0.7 KB a topic at 10,000 x 3 without findings, 22 KB a topic for partner-center-full's 762.
    private static long RulesBudget(Docset docset) => Math.Clamp(docset.Locales.Sum(l => (long)l.Topics.Count) * 2048, 32L << 20, 256L << 20);

    /// <summary>Every finding of loading and of the check rules, under the docset's severities and the baseline.</summary>
    public CheckReport Verdict(Docset docset, Baseline? baseline) =>
        Checker.Run(docset, baseline, Templates is not { } templates ? [] : UiStringRule.Check(docset, templates.MissingStringKeys).ToList());
}
