using PartnerDocs.Diagnostics;

namespace PartnerDocs.Cli;

internal static class DiagnosticText
{
    public static void Write(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
        }
    }
}
