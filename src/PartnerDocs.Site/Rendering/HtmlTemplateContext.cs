using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
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

    // Per render: the shared include_cached outputs, the page kept as UTF-8 (or none) and the output it renders into.
    private PartialCache? cache;
    private PageText? page;
    private StringBuilderOutput? pageOutput;

    // The model's globals, filled again for each render.
    private readonly ScriptObject globals = new();

    // The scopes of includes, one per nesting depth, reused by each include at that depth.
    private readonly List<ScriptObject> scopes = [];
    private int includeDepth;

    // The outputs of this render's includes, in the order they ran, each kept until the next render (see IncludeOutput).
    private const int KeptOutputs = 64;
    private readonly List<IncludeOutput> outputs = [];
    private int outputsUsed;

    /// <summary>
    /// A context to render with on one thread, template after template (see <see cref="Render{TModel}(Template, TModel, StringBuilder, PageText, PartialCache)"/>):
    /// making one costs more than a page's own rendering allocates.
    /// </summary>
    /// <param name="builtins">Scriban's built-in functions, made once per template set (see <see cref="ReadOnlyBuiltins"/>).</param>
    public HtmlTemplateContext(ScriptObject builtins, IReadOnlyDictionary<string, Template> partials)
        : base(builtins)
    {
        this.partials = partials;
        MemberRenamer = member => member.Name;
        LoopLimit = 0; // loops run over the docset's lists (a TOC level may have thousands of entries); the loader bounds those
        LimitToString = 0; // a 10,000-entry navigation renders to more than Scriban's default 1 MB, which it would silently cut
        // Scriban would indent every line a tag writes by the spaces before the tag: a <pre> in it would change, and searching
        // every written string for its line ends took 8% of Scriban's time (bench/, 10k pages).
        AutoIndent = false;
    }

    /// <summary>
    /// Renders <paramref name="template"/> with <paramref name="model"/>'s properties as globals, appending the text to
    /// <paramref name="output"/>, which is <paramref name="page"/>'s text when given: then UTF-8 HTML written by the template
    /// itself is kept as bytes. <c>include_cached</c> shares outputs through <paramref name="cache"/> (without one, it renders
    /// each time like <c>include</c>). A render that throws leaves the context unusable: make a new one.
    /// </summary>
    internal void Render<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TModel>(Template template, TModel model, StringBuilder output, PageText? page, PartialCache? cache)
        where TModel : notnull
    {
        Reset(); // drops the previous render's outputs and globals
        this.cache = cache;
        this.page = page;
        outputsUsed = 0;
        if (outputs.Count > KeptOutputs)
        {
            outputs.RemoveRange(KeptOutputs, outputs.Count - KeptOutputs); // a navigation's thousands are not kept for the pages after it
        }

        if (pageOutput?.Builder != output)
        {
            pageOutput = new StringBuilderOutput(output);
        }

        PushOutput(pageOutput);
        PushGlobal(Functions);
        TemplateModel.Fill(globals, model);
        PushGlobal(globals);
        Render(template);
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

    // Renders the template into the current output, as Template.Render(TemplateContext) does, without making a string of it.
    private void Render(Template template)
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
        TrustedHtml { Include: { } include } => WriteAgain(include),
        TrustedHtml trusted => Write(trusted.Html),
        string text => Write(HtmlText.Encode(text)),
        _ => Write(HtmlText.Encode(ObjectToString(textAsObject) ?? "")),
    };

    private HtmlTemplateContext Insert(byte[] utf8)
    {
        page!.Insert(utf8);
        return this;
    }

    private HtmlTemplateContext WriteAgain(IncludeOutput include)
    {
        include.WriteTo(this);
        return this;
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) => ValueTask.FromResult(Write(span, textAsObject));

    internal TrustedHtml IncludeCached(string name, object?[] keys) =>
        cache is null ? Include(name, item: null) : cache.GetOrRender(name, keys, () => new TrustedHtml(Include(name, item: null).Html)); // kept past this page: as a string

    internal TrustedHtml Include(string name, object? item)
    {
        if (!partials.TryGetValue(name, out var partial))
        {
            throw new Scriban.Syntax.ScriptRuntimeException(CurrentSpan, $"no partial '{name}' (partials/{name}{TemplateSet.Extension})");
        }

        if (scopes.Count == includeDepth)
        {
            scopes.Add(new ScriptObject());
        }

        if (outputs.Count == outputsUsed)
        {
            outputs.Add(new IncludeOutput());
        }

        var scope = scopes[includeDepth++];
        scope.Clear(); // the previous include at this depth may have set variables
        scope["item"] = item;
        var output = outputs[outputsUsed++];
        output.Clear();
        PushGlobal(scope);
        PushOutput(output);
        try
        {
            EnterRecursive(CurrentNode);
            Render(partial);
            ExitRecursive(CurrentNode);
            return new TrustedHtml(output);
        }
        finally
        {
            PopOutput();
            PopGlobal();
            includeDepth--;
        }
    }
}
