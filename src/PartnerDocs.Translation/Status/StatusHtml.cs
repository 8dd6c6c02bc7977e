using System.Globalization;
using System.Net;
using System.Text;
using PartnerDocs.Docsets;
using PartnerDocs.Paths;

namespace PartnerDocs.Translation.Status;

/// <summary>
/// The report as one self-contained HTML page (inline CSS and script, a CSP that forbids any other request): a stacked bar
/// of states per locale, and a topic table sortable by any column whose cells link to the topics' pages of a built site.
/// </summary>
public static class StatusHtml
{
    /// <param name="siteUrl">The built site's root (relative such as "../", or absolute), ending with '/'; null writes no links.</param>
    public static string Render(StatusReport report, string? siteUrl)
    {
        var html = new StringBuilder();
        html.Append($"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
            <meta name="color-scheme" content="light dark">
            <meta name="robots" content="noindex">
            <title>Translation status: {E(report.Title)}</title>
            <style>{Style}</style>
            </head>
            <body>
            <header>
            <h1>Translation status</h1>
            <p>{E(report.Title)}: source locale <strong>{E(report.SourceLocale)}</strong>, {report.Topics.Count} topics. {E(DatesNote(report))}
            Missing topics: {E(StatusNames.MissingMeans(report.Fallback))} (<code>fallback: {StatusNames.Json(report.Fallback)}</code>).</p>
            </header>
            <main>

            """);
        WriteLocales(html, report);
        WriteTopics(html, report, siteUrl);
        html.Append($"</main>\n<script>{Script}</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteLocales(StringBuilder html, StatusReport report)
    {
        html.Append("<section aria-labelledby=\"locales-heading\">\n<h2 id=\"locales-heading\">Locales</h2>\n<ul class=\"legend\">");
        foreach (var state in Enum.GetValues<TranslationState>())
        {
            html.Append($"<li><span class=\"swatch {Css(state)}\"></span>{StatusNames.Label(state)}</li>");
        }

        html.Append("</ul>\n<div class=\"scroll\"><table class=\"locales\">\n<caption>Source topics per translation locale, by state</caption>\n<thead><tr><th scope=\"col\">Locale</th><th scope=\"col\">States</th>");
        foreach (var state in Enum.GetValues<TranslationState>())
        {
            html.Append($"<th scope=\"col\" class=\"num\">{StatusNames.Label(state)}</th>");
        }

        html.Append("<th scope=\"col\" class=\"num\">Extra</th><th scope=\"col\" class=\"num\">Words to translate</th></tr></thead>\n<tbody>\n");
        foreach (var locale in report.Locales)
        {
            var summary = string.Join(", ", Enum.GetValues<TranslationState>().Select(s => $"{locale.Count(s)} {StatusNames.Label(s).ToLowerInvariant()}"));
            html.Append($"<tr><th scope=\"row\">{E(locale.Locale)}</th><td><div class=\"bar\" role=\"img\" aria-label=\"{E(locale.Locale)}: {summary}\">");
            foreach (var state in Enum.GetValues<TranslationState>().Where(s => locale.Count(s) > 0))
            {
                html.Append($"<span class=\"{Css(state)}\" style=\"width:{Percent(locale.Share(state))}%\"></span>");
            }

            html.Append("</div></td>");
            foreach (var state in Enum.GetValues<TranslationState>())
            {
                html.Append($"<td class=\"num\">{locale.Count(state)} <span class=\"muted\">({Percent(locale.Share(state))}%)</span></td>");
            }

            var whole = locale.StaleCountedWhole > 0 ? $" <span class=\"muted\">({locale.StaleCountedWhole} stale counted whole)</span>" : "";
            html.Append($"<td class=\"num\">{locale.ExtraTopics.Count}</td><td class=\"num\">{N(locale.WordsToTranslate)}{whole}</td></tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n");
        foreach (var locale in report.Locales.Where(l => l.ExtraTopics.Count > 0))
        {
            html.Append($"<p>Extra topics in {E(locale.Locale)} (the source has none of them): {E(string.Join(", ", locale.ExtraTopics))}</p>\n");
        }

        html.Append("</section>\n");
    }

    private static void WriteTopics(StringBuilder html, StatusReport report, string? siteUrl)
    {
        var locales = report.Locales.Select(l => l.Locale).ToList();
        html.Append("<section aria-labelledby=\"topics-heading\">\n<h2 id=\"topics-heading\">Topics</h2>\n<p class=\"muted\">Select a column heading to sort by it; select it again to reverse the order.</p>\n");
        html.Append("<div class=\"scroll\" role=\"region\" aria-labelledby=\"topics-caption\" tabindex=\"0\"><table id=\"topics\" class=\"topics\">\n<caption id=\"topics-caption\">State of every source topic in each locale</caption>\n<thead><tr>");
        html.Append("<th scope=\"col\" aria-sort=\"ascending\"><button type=\"button\">Topic</button></th>");
        html.Append("<th scope=\"col\" class=\"num\"><button type=\"button\" data-type=\"number\">Words</button></th>");
        html.Append("<th scope=\"col\"><button type=\"button\">Source changed</button></th>");
        foreach (var locale in locales)
        {
            html.Append($"<th scope=\"col\"><button type=\"button\" data-type=\"number\">{E(locale)}</button></th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var topic in report.Topics)
        {
            var page = DocsetPath.ToHtml(topic.Path);
            html.Append($"<tr><td data-sort=\"{E(topic.Path)}\">{Link(siteUrl, report.SourceLocale, page, topic.Title)}<br><span class=\"muted path\">{E(topic.Path)}</span></td>");
            html.Append($"<td class=\"num\" data-sort=\"{topic.Words}\">{N(topic.Words)}</td>");
            var changed = topic.SourceChanged is { } date ? StatusNames.Date(date) : "";
            var from = topic.SourceChangedFrom is { } source ? $" <span class=\"muted\">({StatusNames.Label(source)})</span>" : "";
            html.Append($"<td data-sort=\"{changed}\">{(changed.Length > 0 ? changed + from : "<span class=\"muted\">unknown</span>")}</td>");
            foreach (var locale in locales)
            {
                var state = topic.Locales[locale];
                var linked = state.State != TranslationState.Missing || report.Fallback == FallbackPolicy.Fallback;
                var label = linked ? Link(siteUrl, locale, page, StatusNames.Label(state.State)) : StatusNames.Label(state.State);
                // Sorting a locale column puts the most work last: state first, then words to translate.
                var key = (int)state.State * 10_000_000 + state.WordsToTranslate;
                html.Append($"<td data-sort=\"{key}\" class=\"state\"><span class=\"swatch {Css(state.State)}\"></span>{label}{Details(topic, state)}</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n</section>\n");
    }

    private static string Details(TopicStatus topic, LocaleTopicStatus state) => state.State switch
    {
        TranslationState.Stale => $"<br><span class=\"muted\">since {(topic.SourceChanged is { } date ? StatusNames.Date(date) : "an unknown date")}; "
            + $"{N(state.WordsToTranslate)} words{(state.Counted == StaleWordCount.WholeTopic ? " (whole topic)" : " changed")}{(state.MachineTranslated ? "; machine-translated" : "")}</span>",
        TranslationState.Missing => $"<br><span class=\"muted\">{N(state.WordsToTranslate)} words</span>",
        _ => "",
    };

    private static string Link(string? siteUrl, string locale, string page, string text)
    {
        if (siteUrl is null)
        {
            return E(text);
        }

        var href = siteUrl + Uri.EscapeDataString(locale) + "/" + string.Join('/', page.Split('/').Select(Uri.EscapeDataString));
        return $"<a href=\"{E(href)}\">{E(text)}</a>";
    }

    private static string DatesNote(StatusReport report) => report.GitHistory
        ? "Source change dates come from git history (uncommitted changes: the file's time), else from ms.date."
        : "Source change dates come from ms.date (the docset is not in a git repository).";

    private static string Css(TranslationState state) => "s-" + StatusNames.Json(state);

    private static string Percent(double share) => share.ToString("0.0", CultureInfo.InvariantCulture);

    private static string N(int number) => number.ToString("N0", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        :root{color-scheme:light dark;--bg:#fff;--fg:#1b1b1b;--muted:#555;--line:#c8c8c8;--link:#0a58ca;--head:#f3f3f3;
        --current:#1a7f37;--machine-translated:#8250df;--stale:#b35900;--missing:#cf222e}
        @media (prefers-color-scheme:dark){:root{--bg:#161616;--fg:#ececec;--muted:#b4b4b4;--line:#4a4a4a;--link:#8ab4f8;--head:#222;
        --current:#3fb950;--machine-translated:#a371f7;--stale:#e3a008;--missing:#f85149}}
        body{margin:0 auto;max-width:90rem;padding:1rem 1.5rem;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,sans-serif}
        a{color:var(--link)} a:focus-visible,button:focus-visible,.scroll:focus-visible{outline:3px solid var(--link);outline-offset:2px}
        .muted{color:var(--muted)} .path{font-size:.875rem} .num{text-align:right;white-space:nowrap}
        .scroll{overflow-x:auto} table{border-collapse:collapse;margin:1rem 0;min-width:100%} caption{text-align:left;font-weight:600;padding:.25rem 0}
        th,td{border-bottom:1px solid var(--line);padding:.4rem .6rem;vertical-align:top;text-align:left} thead th{background:var(--head)}
        th button{font:inherit;font-weight:600;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-align:inherit}
        th[aria-sort=ascending] button::after{content:" \25B2"} th[aria-sort=descending] button::after{content:" \25BC"}
        .legend{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;padding:0}
        .swatch{display:inline-block;width:.8rem;height:.8rem;margin-right:.35rem;border-radius:2px;vertical-align:-.05rem}
        .bar{display:flex;width:16rem;max-width:40vw;height:1rem;border:1px solid var(--line);border-radius:3px;overflow:hidden}
        .s-current{background:var(--current)} .s-machine-translated{background:var(--machine-translated)}
        .s-stale{background:var(--stale)} .s-missing{background:var(--missing)}
        .state{white-space:nowrap}
        """;

    // Sorts the topic table by the clicked column (numbers or text from data-sort) and records the order in aria-sort.
    private const string Script = """
        (function () {
          var table = document.getElementById('topics');
          if (!table) return;
          var heads = table.tHead.rows[0].cells;
          Array.prototype.forEach.call(heads, function (th, index) {
            var button = th.querySelector('button');
            button.addEventListener('click', function () {
              var ascending = th.getAttribute('aria-sort') !== 'ascending';
              Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
              th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
              var numeric = button.getAttribute('data-type') === 'number';
              var body = table.tBodies[0];
              var rows = Array.prototype.slice.call(body.rows);
              rows.sort(function (a, b) {
                var x = a.cells[index].getAttribute('data-sort'), y = b.cells[index].getAttribute('data-sort');
                var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
                return ascending ? order : -order;
              });
              rows.forEach(function (row) { body.appendChild(row); });
            });
          });
        })();
        """;
}
