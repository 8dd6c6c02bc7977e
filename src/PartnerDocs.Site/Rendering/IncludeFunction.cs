using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PartnerDocs.Rendering;

/// <summary>
/// The <c>include "name" [item]</c> function of templates, written out rather than imported by reflection so that the
/// trimmed, ahead-of-time compiled tool keeps it.
/// </summary>
internal sealed class IncludeFunction : IScriptCustomFunction
{
    public static readonly IncludeFunction Instance = new();

    public int RequiredParameterCount => 1;

    public int ParameterCount => 2;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(TrustedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "name") : new ScriptParameterInfo(typeof(object), "item", null);

    public object Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count is < 1 or > 2 || arguments[0] is not string name)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, "include takes a partial's name and an optional item: include \"name\" item");
        }

        return ((HtmlTemplateContext)context).Include(name, arguments.Count == 2 ? arguments[1] : null);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult<object?>(Invoke(context, callerContext, arguments, blockStatement));
}
