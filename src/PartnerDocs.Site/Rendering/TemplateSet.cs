using System.Text.RegularExpressions;
using HandlebarsDotNet;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace PartnerDocs.Rendering;

/// <summary>
/// A template folder (templates/default): Handlebars layouts and partials, UI strings per language, static assets.
/// Loaded and compiled once per build; rendering is thread-safe.
/// </summary>
public sealed partial class TemplateSet
{
    private const string FallbackLanguage = "en";
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> templates;
    private readonly Dictionary<string, Dictionary<string, string>> strings;

    private TemplateSet(string folder, Dictionary<string, HandlebarsTemplate<object, object>> templates, Dictionary<string, Dictionary<string, string>> strings)
    {
        Folder = folder;
        this.templates = templates;
        this.strings = strings;
    }

    public string Folder { get; }

    /// <summary>Static files copied to OUT/assets/.</summary>
    public string AssetsFolder => Path.Combine(Folder, "assets");

    /// <exception cref="TemplateException">A template is missing or does not compile; the message names the file.</exception>
    public static TemplateSet Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new TemplateException($"template folder '{folder}' does not exist");
        }

        var handlebars = Handlebars.Create();
        foreach (var partial in Files(folder, "partials", "*.hbs"))
        {
            handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(partial), ReadTemplate(partial));
        }

        var templates = new Dictionary<string, HandlebarsTemplate<object, object>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.hbs"))
        {
            templates[Path.GetFileNameWithoutExtension(file)] = Compile(handlebars, file);
        }

        var strings = Files(folder, "strings", "*.yml").ToDictionary(f => Path.GetFileNameWithoutExtension(f), ReadStrings, StringComparer.Ordinal);
        if (!strings.ContainsKey(FallbackLanguage))
        {
            throw new TemplateException($"template folder '{folder}' has no strings/{FallbackLanguage}.yml, the fallback for every language");
        }

        return new TemplateSet(folder, templates, strings);
    }

    /// <summary>Renders the template named <paramref name="name"/> (file name without .hbs).</summary>
    public string Render(string name, object model) =>
        templates.TryGetValue(name, out var template) ? template(model) : throw new TemplateException($"template '{name}.hbs' is missing from '{Folder}'");

    /// <summary>The text of a file in assets/, or "" when the template folder has none.</summary>
    public string AssetText(string name)
    {
        var path = Path.Combine(AssetsFolder, name);
        return File.Exists(path) ? Read(path) : "";
    }

    /// <summary>The UI strings for a language ("es"), English filling any gap.</summary>
    public UiStrings Strings(string language)
    {
        var english = strings[FallbackLanguage];
        if (!strings.TryGetValue(language, out var own))
        {
            own = [];
        }

        var merged = new Dictionary<string, string>(english, StringComparer.Ordinal);
        foreach (var (key, value) in own)
        {
            merged[key] = value;
        }

        var missing = language == FallbackLanguage ? [] : english.Keys.Where(k => !own.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        return new UiStrings(language, merged, missing);
    }

    /// <summary>UI string keys the templates lack for <paramref name="language"/> (what the ui.string-missing rule reports).</summary>
    public IEnumerable<string> MissingStringKeys(string language) => Strings(language).MissingKeys;

    private static IEnumerable<string> Files(string folder, string sub, string pattern)
    {
        var path = Path.Combine(folder, sub);
        return Directory.Exists(path) ? Directory.EnumerateFiles(path, pattern).Order(StringComparer.Ordinal) : [];
    }

    private static HandlebarsTemplate<object, object> Compile(IHandlebars handlebars, string file)
    {
        try
        {
            return handlebars.Compile(ReadTemplate(file));
        }
        catch (HandlebarsException ex)
        {
            throw new TemplateException($"{file}: {ex.Message}");
        }
    }

    private static Dictionary<string, string> ReadStrings(string file)
    {
        try
        {
            return new DeserializerBuilder().Build().Deserialize<Dictionary<string, string>>(Read(file)) ?? [];
        }
        catch (YamlException ex)
        {
            throw new TemplateException($"{file}:{ex.Start.Line}: {ex.Message}");
        }
    }

    // Handlebars.Net renders an indented standalone partial ("  {{> name}}" alone on its line) without HTML-escaping its {{values}}.
    private static string ReadTemplate(string file) => IndentedPartial().Replace(Read(file), "$1");

    [GeneratedRegex(@"(?m)^[ \t]+(\{\{~?>)")]
    private static partial Regex IndentedPartial();

    private static string Read(string file) => File.ReadAllText(file).TrimStart('\uFEFF');
}
