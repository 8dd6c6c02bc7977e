using PartnerDocs.Files;
using PartnerDocs.Diagnostics;
using PartnerDocs.Markdown.RawHtml;
using PartnerDocs.Yaml;
using YamlDotNet.RepresentationModel;

namespace PartnerDocs.Docsets;

/// <summary>Reads partnerdocs.yml; unknown keys and wrong types are diagnostics with their line, never exceptions.</summary>
public static class DocsetConfigReader
{
    private static readonly string[] KnownKeys = ["title", "sourceLocale", "locales", "baseUrl", "basePath", "fallback", "rules", "baseline", "search", "rawHtml", "status", "imageFallback", "externalPaths"];

    public static DocsetConfig Read(FileInventory files, DiagnosticBag diagnostics)
    {
        if (!files.Contains(DocsetConfig.FileName) || TextFiles.Read(files, DocsetConfig.FileName, diagnostics, Rules.ConfigInvalid) is not { } text)
        {
            return DocsetConfig.Default;
        }

        var root = YamlReader.ParseRoot(text, DocsetConfig.FileName, 0, Rules.ConfigInvalid, diagnostics);
        if (root is null)
        {
            return DocsetConfig.Default;
        }

        if (root is not YamlMappingNode mapping)
        {
            Report(diagnostics, root, "partnerdocs.yml must be a mapping of settings (key: value)");
            return DocsetConfig.Default;
        }

        return new Parser(diagnostics).Parse(mapping);
    }

    private static void Report(DiagnosticBag diagnostics, YamlNode node, string message, Severity severity = Severity.Error) =>
        diagnostics.Add(Rules.ConfigInvalid, severity, YamlReader.Location(node, DocsetConfig.FileName), message);

    private sealed class Parser(DiagnosticBag diagnostics)
    {
        public DocsetConfig Parse(YamlMappingNode mapping)
        {
            string? title = null, sourceLocale = null, baseUrl = null, basePath = null, baseline = null, imageFallback = null;
            var imageFallbackLine = 0;
            IReadOnlyList<string>? locales = null;
            IReadOnlyList<string> externalPaths = [];
            var fallback = FallbackPolicy.Fallback;
            var rules = new Dictionary<string, Severity>();
            var rawHtml = RawHtmlPolicy.Sanitize;
            var status = false;

            foreach (var (keyNode, value) in mapping.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? "";
                switch (key)
                {
                    case "title": title = Scalar(key, value); break;
                    case "sourceLocale": sourceLocale = Locale(key, value); break;
                    case "locales": locales = LocaleList(value); break;
                    case "baseUrl": baseUrl = BaseUrl(value); break;
                    case "basePath": basePath = BasePath(value); break;
                    case "fallback": fallback = Fallback(value); break;
                    case "rules": ReadRules(value, rules); break;
                    case "baseline": baseline = Scalar(key, value); break;
                    case "search": ReadSearch(value); break;
                    case "rawHtml": rawHtml = RawHtml(value); break;
                    case "status": status = Boolean(key, value); break;
                    case "externalPaths": externalPaths = ExternalPaths(value); break;
                    case "imageFallback":
                        imageFallback = Scalar(key, value) is { Length: > 0 } folder ? folder : null;
                        imageFallbackLine = (int)keyNode.Start.Line;
                        break;
                    default:
                        Report(diagnostics, keyNode, $"unknown setting '{key}'; known settings: {string.Join(", ", KnownKeys)}", Severity.Warning);
                        break;
                }
            }

            return new DocsetConfig
            {
                Title = title, SourceLocale = sourceLocale, Locales = locales, BaseUrl = baseUrl, BasePath = basePath ?? (baseUrl is null ? "/" : new Uri(baseUrl).AbsolutePath), Fallback = fallback,
                RuleSeverities = rules, Baseline = baseline, RawHtml = rawHtml, Status = status,
                ImageFallback = imageFallback, ImageFallbackLine = imageFallbackLine, ExternalPaths = externalPaths,
            };
        }

        private string? Scalar(string key, YamlNode value)
        {
            if (value is YamlScalarNode scalar)
            {
                return scalar.Value;
            }

            Report(diagnostics, value, $"'{key}' must be a single value, not a {Describe(value)}");
            return null;
        }

        private string? Locale(string key, YamlNode value)
        {
            var text = Scalar(key, value);
            if (text is not null && !LocaleNames.IsLocaleName(text))
            {
                Report(diagnostics, value, $"'{text}' is not a lowercase BCP-47 locale folder name such as 'en-us'");
                return null;
            }

            return text;
        }

        private IReadOnlyList<string>? LocaleList(YamlNode value)
        {
            if (value is not YamlSequenceNode sequence)
            {
                Report(diagnostics, value, $"'locales' must be a list such as [en-us, es-es], not a {Describe(value)}");
                return null;
            }

            return sequence.Select(item => Locale("locales", item)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        }

        private IReadOnlyList<string> ExternalPaths(YamlNode value)
        {
            if (value is not YamlSequenceNode sequence)
            {
                Report(diagnostics, value, $"'externalPaths' must be a list such as [/partner-center/develop/], not a {Describe(value)}");
                return [];
            }

            return sequence.Select(item => BasePath(item, "externalPaths")).OfType<string>().ToList();
        }

        private string? BasePath(YamlNode value, string key = "basePath")
        {
            var text = Scalar(key, value);
            if (text is not null && !text.StartsWith('/'))
            {
                Report(diagnostics, value, $"'{key}' must be a site-absolute path such as /partner-center/, not '{text}'");
                return null;
            }

            return text;
        }

        private string? BaseUrl(YamlNode value)
        {
            var text = Scalar("baseUrl", value);
            if (text is null)
            {
                return null;
            }

            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                Report(diagnostics, value, $"'baseUrl' must be an absolute http(s) URL, not '{text}'");
                return null;
            }

            return text.EndsWith('/') ? text : text + "/";
        }

        private bool Boolean(string key, YamlNode value) => Scalar(key, value)?.ToLowerInvariant() switch
        {
            null => false,
            "true" => true,
            "false" => false,
            _ => Invalid(value, $"'{key}' is true or false, not '{(value as YamlScalarNode)?.Value}'", false),
        };

        private FallbackPolicy Fallback(YamlNode value) => Scalar("fallback", value) switch
        {
            null or "fallback" => FallbackPolicy.Fallback,
            "omit" => FallbackPolicy.Omit,
            var other => Invalid(value, $"'fallback' is 'fallback' or 'omit', not '{other}'", FallbackPolicy.Fallback),
        };

        private RawHtmlPolicy RawHtml(YamlNode value) => Scalar("rawHtml", value) switch
        {
            null or "sanitize" => RawHtmlPolicy.Sanitize,
            "trusted" => RawHtmlPolicy.Trusted,
            var other => Invalid(value, $"'rawHtml' is 'sanitize' or 'trusted', not '{other}'", RawHtmlPolicy.Sanitize),
        };

        private void ReadRules(YamlNode value, Dictionary<string, Severity> rules)
        {
            if (value is not YamlMappingNode mapping)
            {
                Report(diagnostics, value, $"'rules' must map rule ids to error, warning, note or off, not a {Describe(value)}");
                return;
            }

            foreach (var (ruleNode, severityNode) in mapping.Children)
            {
                var rule = (ruleNode as YamlScalarNode)?.Value ?? "";
                var severity = Scalar(rule, severityNode) switch
                {
                    "error" => Severity.Error,
                    "warning" => Severity.Warning,
                    "note" => Severity.Note,
                    "off" => Severity.Off,
                    var other => Invalid<Severity?>(severityNode, $"severity of '{rule}' is error, warning, note or off, not '{other}'", null),
                };
                if (severity is { } known)
                {
                    rules[rule] = known;
                }
            }
        }

        // search: { bodyWords: N } bounded the index before it was split; every word is indexed now, so it only warns.
        private void ReadSearch(YamlNode value)
        {
            var keys = value is YamlMappingNode mapping ? mapping.Children.Keys.Select(k => (k as YamlScalarNode)?.Value) : [];
            var setting = string.Join(", ", keys.Select(k => $"'{k}'"));
            Report(diagnostics, value, $"the 'search' setting {setting} has no effect any more: the search index holds every word of every page"
                + " and the browser loads only the parts a query needs; remove it", Severity.Warning);
        }

        private T Invalid<T>(YamlNode node, string message, T fallback)
        {
            Report(diagnostics, node, message);
            return fallback;
        }

        private static string Describe(YamlNode node) => node switch
        {
            YamlSequenceNode => "list",
            YamlMappingNode => "mapping",
            _ => "value",
        };
    }
}
