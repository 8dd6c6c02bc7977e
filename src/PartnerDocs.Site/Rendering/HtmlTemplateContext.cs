using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PartnerDocs.Rendering;

/// <summary>
/// The Scriban context every template renders in. Escaping is the default: each value a template writes is HTML-encoded,
/// except <see cref="TrustedHtml"/>. Model members keep their C# names (PascalCase). <c>include "name" [item]</c> renders
/// partials/name.sbn-html, which sees the same model plus <c>item</c>, and its output is not encoded a second time.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    // Read-only, so that every page's context shares one instead of making its own.
    private static readonly ScriptObject Functions = new() { ["include"] = IncludeFunction.Instance, IsReadOnly = true };

    private readonly IReadOnlyDictionary<string, Template> partials;

    /// <param name="builtins">Scriban's built-in functions, made once per template set (see <see cref="ReadOnlyBuiltins"/>).</param>
    public HtmlTemplateContext(ScriptObject builtins, IReadOnlyDictionary<string, Template> partials, ScriptObject model)
        : base(builtins)
    {
        this.partials = partials;
        MemberRenamer = member => member.Name;
        LoopLimit = 0; // loops run over the docset's lists (a TOC level may have thousands of entries); the loader bounds those
        LimitToString = 0; // a 10,000-entry navigation renders to more than Scriban's default 1 MB, which it would silently cut

        PushGlobal(Functions);
        PushGlobal(model);
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

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        TrustedHtml trusted => Write(trusted.Html),
        _ => Write(HtmlText.Encode(ObjectToString(textAsObject) ?? "")),
    };

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) => ValueTask.FromResult(Write(span, textAsObject));

    internal TrustedHtml Include(string name, object? item)
    {
        if (!partials.TryGetValue(name, out var partial))
        {
            throw new Scriban.Syntax.ScriptRuntimeException(CurrentSpan, $"no partial '{name}' (partials/{name}{TemplateSet.Extension})");
        }

        var scope = new ScriptObject { ["item"] = item };
        PushGlobal(scope);
        PushOutput();
        try
        {
            EnterRecursive(CurrentNode);
            var html = partial.Render(this);
            ExitRecursive(CurrentNode);
            return new TrustedHtml(html);
        }
        finally
        {
            PopOutput();
            PopGlobal();
        }
    }
}
