namespace PartnerDocs.Tests.Toc;

/// <summary>A throw-away docset folder on disk.</summary>
internal sealed class TempDocset : IDisposable
{
    public TempDocset() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "partnerdocs-toc-" + Guid.NewGuid().ToString("N"));

    /// <param name="file">Relative to the docset root, with '/'.</param>
    public TempDocset Write(string file, string text)
    {
        var path = Path.Combine(Root, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
