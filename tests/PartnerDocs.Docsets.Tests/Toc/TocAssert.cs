using PartnerDocs.Diagnostics;
using PartnerDocs.Toc;

namespace PartnerDocs.Tests.Toc;

internal static class TocAssert
{
    /// <summary>One line per entry ("  level|title|href|line:column", indented by depth), for comparing whole trees.</summary>
    public static string Outline(TocTree tree) => string.Join("\n", tree.All().Select(node =>
        $"{new string(' ', 2 * (node.Level - 1))}{node.Level}|{node.Title}|{node.Href}|{node.Location.Line}:{node.Location.Column}"));

    /// <summary>Asserts the bag holds exactly one diagnostic, and returns it.</summary>
    public static Diagnostic Single(DiagnosticBag diagnostics) => Assert.Single(diagnostics.ToSortedList());

    public static void At(Diagnostic diagnostic, string rule, Severity severity, string file, int line, int column)
    {
        Assert.Equal(rule, diagnostic.Rule);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(new SourceLocation(file, line, column), diagnostic.Location);
    }
}
