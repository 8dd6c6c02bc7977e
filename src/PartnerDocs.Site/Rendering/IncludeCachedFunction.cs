using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PartnerDocs.Rendering;

/// <summary>
/// The <c>include_cached "name" key...</c> function of templates: <c>include "name"</c> rendered once per distinct keys for all the
/// pages of a build (see <see cref="PartialCache"/>). The keys are the values the partial's output depends on; the template
/// author names them, as with Hugo's partialCached, since nothing can tell which model values a partial reads.
/// </summary>
internal sealed class IncludeCachedFunction : IScriptCustomFunction
{
    public static readonly IncludeCachedFunction Instance = new();

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(TrustedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "name") : new ScriptParameterInfo(typeof(object), "key");

    public object Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count < 1 || arguments[0] is not string name)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, "include_cached takes a partial's name and the values its output depends on: include_cached \"name\" key...");
        }

        return ((HtmlTemplateContext)context).IncludeCached(name, arguments.Skip(1).ToArray());
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult<object?>(Invoke(context, callerContext, arguments, blockStatement));
}
