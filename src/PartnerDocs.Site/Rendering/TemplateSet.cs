using System.Diagnostics.CodeAnalysis;
using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using PartnerDocs.Diagnostics;
using PartnerDocs.Yaml;
using YamlDotNet.RepresentationModel;

namespace PartnerDocs.Rendering;

/// <summary>
/// The templates of a build: Scriban pages and partials, UI strings per language, static assets. A template folder given with
/// --templates is laid over templates/default file by file: what it holds replaces the default of the same name (a UI string
/// file, key by key), the rest comes from the default. Loaded and parsed once per build; rendering is thread-safe.
/// </summary>
public sealed class TemplateSet
{
    /// <summary>The file extension of page templates and partials.</summary>
    public const string Extension = ".sbn-html";

    private const string FallbackLanguage = "en";
    private readonly Dictionary<string, Template> templates;
    private readonly Dictionary<string, Template> partials;
    private readonly Dictionary<string, Dictionary<string, string>> strings;
    private readonly ScriptObject builtins = HtmlTemplateContext.ReadOnlyBuiltins();

    // One context per rendering thread, reused page after page (see HtmlTemplateContext's constructor).
    private readonly ThreadLocal<HtmlTemplateContext> contexts;

    private TemplateSet(IReadOnlyList<string> layers, Dictionary<string, Template> templates, Dictionary<string, Template> partials,
        Dictionary<string, Dictionary<string, string>> strings)
    {
        Layers = layers;
        this.templates = templates;
        this.partials = partials;
        this.strings = strings;
        contexts = new ThreadLocal<HtmlTemplateContext>(NewContext);
    }

    /// <summary>The folders this set was read from, the default first; a later one wins.</summary>
    public IReadOnlyList<string> Layers { get; }

    /// <summary>The folder given to <see cref="Load"/>.</summary>
    public string Folder => Layers[^1];

    /// <summary>The assets/ folders of the layers, in order: later files replace earlier ones in OUT/assets/.</summary>
    public IEnumerable<string> AssetFolders => Layers.Select(l => Path.Combine(l, "assets")).Where(Directory.Exists);

    /// <summary>Loads <paramref name="folder"/> laid over the default templates (when they can be found and it is not them).</summary>
    /// <exception cref="TemplateException">A template is missing or does not parse; the message names the file and line.</exception>
    public static TemplateSet Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new TemplateException($"template folder '{folder}' does not exist");
        }

        var full = Path.GetFullPath(folder);
        var layers = TemplateLocator.TryDefault() is { } defaults && !SameFolder(defaults, full) ? new[] { defaults, full } : [full];
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var partials = new Dictionary<string, Template>(StringComparer.Ordinal);
        var strings = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var layer in layers)
        {
            foreach (var file in Files(layer, ".", "*" + Extension))
            {
                templates[Name(file)] = Parse(file);
            }

            foreach (var file in Files(layer, "partials", "*" + Extension))
            {
                partials[Name(file)] = Parse(file);
            }

            foreach (var file in Files(layer, "strings", "*.yml"))
            {
                var language = Path.GetFileNameWithoutExtension(file);
                var merged = strings.TryGetValue(language, out var earlier) ? earlier : strings[language] = new(StringComparer.Ordinal);
                foreach (var (key, value) in ReadStrings(file))
                {
                    merged[key] = value;
                }
            }
        }

        if (!strings.ContainsKey(FallbackLanguage))
        {
            throw new TemplateException($"template folder '{folder}' has no strings/{FallbackLanguage}.yml, the fallback for every language");
        }

        return new TemplateSet(layers, templates, partials, strings);
    }

    /// <summary>Renders the template named <paramref name="name"/> (file name without <see cref="Extension"/>) with <paramref name="model"/>.</summary>
    /// <exception cref="TemplateException">The template is missing or fails while rendering; the message names the file and line.</exception>
    public string Render<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TModel>(string name, TModel model)
        where TModel : notnull
    {
        var output = new StringBuilder();
        Render(name, model, output);
        return output.ToString();
    }

    /// <summary>
    /// Renders like <see cref="Render{TModel}(string, TModel)"/>, appending the text to <paramref name="output"/>; pages rendered with
    /// one <paramref name="cache"/> share the outputs of <c>include_cached</c>.
    /// </summary>
    /// <exception cref="TemplateException">The template is missing or fails while rendering; the message names the file and line.</exception>
    public void Render<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TModel>(string name, TModel model, StringBuilder output, PartialCache? cache = null)
        where TModel : notnull =>
        Render(name, model, output, page: null, cache);

    /// <summary>Renders like <see cref="Render{TModel}(string, TModel, StringBuilder, PartialCache)"/> into <paramref name="page"/>, keeping UTF-8 HTML as bytes.</summary>
    /// <exception cref="TemplateException">The template is missing or fails while rendering; the message names the file and line.</exception>
    public void Render<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TModel>(string name, TModel model, PageText page, PartialCache? cache = null)
        where TModel : notnull =>
        Render(name, model, page.Text, page, cache);

    private void Render<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TModel>(string name, TModel model, StringBuilder output, PageText? page, PartialCache? cache)
        where TModel : notnull
    {
        if (!templates.TryGetValue(name, out var template))
        {
            throw new TemplateException($"template '{name}{Extension}' is missing from '{Folder}'");
        }

        var rendered = false;
        try
        {
            contexts.Value!.Render(template, model, output, page, cache);
            rendered = true;
        }
        catch (ScriptRuntimeException ex)
        {
            throw new TemplateException($"{ex.Span.FileName}:{ex.Span.Start.Line + 1}: {ex.OriginalMessage}");
        }
        finally
        {
            if (!rendered)
            {
                contexts.Value = NewContext(); // a failed render may have left the context inside a loop or an include
            }
        }
    }

    private HtmlTemplateContext NewContext() => new(builtins, partials);

    /// <summary>The text of a file in assets/ (the last layer that has it), or "" when none has it.</summary>
    public string AssetText(string name) =>
        AssetFolders.Select(f => Path.Combine(f, name)).LastOrDefault(File.Exists) is { } path ? Read(path) : "";

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

    private static bool SameFolder(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(a), Path.TrimEndingDirectorySeparator(b), StringComparison.Ordinal);

    private static string Name(string file) => Path.GetFileName(file)[..^Extension.Length];

    private static IEnumerable<string> Files(string folder, string sub, string pattern)
    {
        var path = Path.Combine(folder, sub);
        return Directory.Exists(path) ? Directory.EnumerateFiles(path, pattern).Order(StringComparer.Ordinal) : [];
    }

    private static Template Parse(string file)
    {
        var template = Template.Parse(Read(file), file);
        if (template.HasErrors)
        {
            throw new TemplateException(string.Join("; ", template.Messages.Select(m => $"{file}:{m.Span.Start.Line + 1}: {m.Message}")));
        }

        return template;
    }

    private static Dictionary<string, string> ReadStrings(string file)
    {
        var problems = new DiagnosticBag();
        var root = YamlReader.ParseRoot(Read(file), file, 0, "ui.strings", problems);
        if (problems.ToSortedList() is [var problem, ..])
        {
            throw new TemplateException($"{file}:{problem.Location?.Line}: {problem.Message}");
        }

        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root is null)
        {
            return strings;
        }

        if (root is not YamlMappingNode mapping)
        {
            throw new TemplateException($"{file}:{root.Start.Line}: UI strings are a mapping of key: text");
        }

        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } || value is not YamlScalarNode text)
            {
                throw new TemplateException($"{file}:{key.Start.Line}: UI strings are a mapping of key: text");
            }

            strings[name] = text.Value ?? "";
        }

        return strings;
    }

    private static string Read(string file) => File.ReadAllText(file).TrimStart('\uFEFF');
}
