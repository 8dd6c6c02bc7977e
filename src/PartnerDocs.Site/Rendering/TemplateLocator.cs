namespace PartnerDocs.Rendering;

/// <summary>Finds the default template folder: shipped beside the program, or templates/ of the source tree.</summary>
public static class TemplateLocator
{
    /// <exception cref="TemplateException">No default template folder can be found.</exception>
    public static string Default() =>
        TryDefault() ?? throw new TemplateException("no templates/default folder beside the program or above it; pass --templates DIR");

    public static string? TryDefault()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "templates", "default");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
