using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Scriban.Runtime;

namespace PartnerDocs.Rendering;

/// <summary>
/// A page model's public properties (its own and inherited) as the globals of a template, under their C# names. The
/// annotation keeps those properties in the trimmed, ahead-of-time compiled tool; the objects models hold are read by
/// Scriban through reflection on their runtime type, so their properties are kept by the DynamicDependency list below.
/// </summary>
internal static class TemplateModel
{
    /// <summary>Makes <paramref name="globals"/> hold <paramref name="model"/>'s properties, and nothing else.</summary>
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(NavItem))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(LinkModel))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(OutlineItem))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(LanguageLink))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(AlternateLink))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(LocaleChoice))]
    public static void Fill<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TModel>(ScriptObject globals, TModel model)
        where TModel : notnull
    {
        // The static type is what is read: a model passed as object would show no properties at all.
        Debug.Assert(typeof(TModel) != typeof(object), "render a model through its own type, not object");
        globals.Clear();
        foreach (var property in Properties<TModel>.All)
        {
            globals.SetValue(property.Name, property.GetValue(model), readOnly: false);
        }
    }

    // Read once per model type, not once per page.
    private static class Properties<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TModel>
    {
        public static readonly PropertyInfo[] All = typeof(TModel).GetProperties(BindingFlags.Public | BindingFlags.Instance);
    }
}
