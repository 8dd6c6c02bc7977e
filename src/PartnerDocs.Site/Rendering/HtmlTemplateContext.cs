using System.Collections.Concurrent;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PartnerDocs.Rendering;

/// <summary>
/// The Scriban context every template renders in. Escaping is the default: each value a template writes is HTML-encoded,
/// except <see cref="TrustedHtml"/>. Model members keep their C# names (PascalCase). <c>include "name" [item]</c> renders
/// partials/name.sbn-html, which sees the same model plus <c>item</c>, and its output is not encoded a second time;
/// <c>include_cached "name" key...</c> reuses the output of an earlier page that passed equal keys (<see cref="PartialCache"/>).
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    // Read-only, so that every page's context shares one instead of making its own.
    private static readonly ScriptObject Functions = new()
    {
        ["include"] = IncludeFunction.Instance,
        ["include_cached"] = IncludeCachedFunction.Instance,
        IsReadOnly = true,
    };

    // An accessor depends only on the type read (members keep their C# names, nothing is filtered), so all contexts share
    // them: making one reads the type by reflection, which cost more per page than the reads it then serves.
    private static readonly ConcurrentDictionary<Type, IObjectAccessor?> Accessors = new();

    private readonly IReadOnlyDictionary<string, Template> partials;
    private readonly PartialCache? cache;
    private readonly PageText? page;
    private readonly IScriptOutput pageOutput;

    // The outputs of includes, one per nesting depth, reused by each include at that depth.
    private readonly List<StringBuilderOutput> includeOutputs = [];
    private int includeDepth;

    /// <param name="builtins">Scriban's built-in functions, made once per template set (see <see cref="ReadOnlyBuiltins"/>).</param>
    /// <param name="output">Where the rendered text goes (appended).</param>
    /// <param name="cache">The outputs of <c>include_cached</c> shared with other pages; without one, it renders each time like <c>include</c>.</param>
    public HtmlTemplateContext(ScriptObject builtins, IReadOnlyDictionary<string, Template> partials, ScriptObject model, StringBuilder output, PartialCache? cache = null)
        : this(builtins, partials, model, output, cache, page: null)
    {
    }

    /// <summary>A context rendering into <paramref name="page"/>, where UTF-8 HTML written by the template itself is kept as bytes.</summary>
    public HtmlTemplateContext(ScriptObject builtins, IReadOnlyDictionary<string, Template> partials, ScriptObject model, PageText page, PartialCache? cache = null)
        : this(builtins, partials, model, page.Text, cache, page)
    {
    }

    private HtmlTemplateContext(ScriptObject builtins, IReadOnlyDictionary<string, Template> partials, ScriptObject model, StringBuilder output, PartialCache? cache, PageText? page)
        : base(builtins)
    {
        this.partials = partials;
        this.cache = cache;
        this.page = page;
        pageOutput = new StringBuilderOutput(output);
        PushOutput(pageOutput);
        MemberRenamer = member => member.Name;
        LoopLimit = 0; // loops run over the docset's lists (a TOC level may have thousands of entries); the loader bounds those
        LimitToString = 0; // a 10,000-entry navigation renders to more than Scriban's default 1 MB, which it would silently cut

        PushGlobal(Functions);
        PushGlobal(model);
    }

    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var type = target.GetType();
        if (!Accessors.TryGetValue(type, out var accessor))
        {
            accessor = base.GetMemberAccessorImpl(target);
            Accessors.TryAdd(type, accessor);
        }

        return accessor;
    }

    /// <summary>
    /// Scriban's built-in functions (string.*, array.*, date.*, ...), read-only so that contexts rendering in parallel can
    /// share them: making them costs more than rendering a page.
    /// </summary>
    public static ScriptObject ReadOnlyBuiltins()
    {
        var builtins = new Scriban.Functions.BuiltinFunctions();
        Freeze(builtins);
        return builtins;
    }

    private static void Freeze(ScriptObject scriptObject)
    {
        foreach (var child in scriptObject.Values.OfType<ScriptObject>())
        {
            Freeze(child);
        }

        scriptObject.IsReadOnly = true;
    }

    /// <summary>Renders <paramref name="template"/> into the output, as <see cref="Template.Render(TemplateContext)"/> does, without making a string of it.</summary>
    public void Render(Template template)
    {
        if (template.Page is not { } page)
        {
            return;
        }

        UseScientific = template.LexerOptions.Lang == ScriptLang.Scientific;
        if (template.SourceFilePath is { } file)
        {
            PushSourceFile(file);
        }

        try
        {
            if (Evaluate(page) is { } result && EnableOutput)
            {
                Write(page.Span, result);
            }
        }
        finally
        {
            if (template.SourceFilePath is not null)
            {
                PopSourceFile();
            }
        }
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        TrustedHtml { Utf8: { } utf8 } when page is not null && Output == pageOutput => Insert(utf8), // not inside a partial or capture, whose text is a string
        TrustedHtml trusted => Write(trusted.Html),
        string text => Write(HtmlText.Encode(text)),
        _ => Write(HtmlText.Encode(ObjectToString(textAsObject) ?? "")),
    };

    private HtmlTemplateContext Insert(byte[] utf8)
    {
        page!.Insert(utf8);
        return this;
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) => ValueTask.FromResult(Write(span, textAsObject));

    internal TrustedHtml IncludeCached(string name, object?[] keys) =>
        cache is null ? Include(name, item: null) : cache.GetOrRender(name, keys, () => Include(name, item: null));

    internal TrustedHtml Include(string name, object? item)
    {
        if (!partials.TryGetValue(name, out var partial))
        {
            throw new Scriban.Syntax.ScriptRuntimeException(CurrentSpan, $"no partial '{name}' (partials/{name}{TemplateSet.Extension})");
        }

        var scope = new ScriptObject { ["item"] = item };
        if (includeOutputs.Count == includeDepth)
        {
            includeOutputs.Add(new StringBuilderOutput());
        }

        var output = includeOutputs[includeDepth++];
        output.Builder.Clear(); // an include that failed may have left text behind
        PushGlobal(scope);
        PushOutput(output);
        try
        {
            EnterRecursive(CurrentNode);
            Render(partial);
            ExitRecursive(CurrentNode);
            return new TrustedHtml(output.Builder.ToString());
        }
        finally
        {
            PopOutput();
            PopGlobal();
            includeDepth--;
        }
    }
}
