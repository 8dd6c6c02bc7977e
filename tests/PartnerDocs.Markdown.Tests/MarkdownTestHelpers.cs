using PartnerDocs.Markdown;

namespace PartnerDocs.Tests.Markdown;

internal static class Md
{
    public static readonly MarkdownEngine Engine = new();

    public static ParsedMarkdown Parse(string markdown, string file = "en-us/topic.md", int firstLine = 1) =>
        Engine.Parse(markdown, file, firstLine);

    public static string Render(string markdown, MarkdownRenderContext? context = null) =>
        Engine.Render(Parse(markdown), context ?? MarkdownRenderContext.Default);
}

/// <summary>A throwaway docset folder on disk.</summary>
internal sealed class TempDocset : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "partnerdocs-md-" + Guid.NewGuid().ToString("N"));

    public TempDocset Write(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
