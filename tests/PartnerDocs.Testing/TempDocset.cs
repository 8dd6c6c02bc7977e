namespace PartnerDocs.Tests;

/// <summary>A docset in a temporary folder, made from (path, text) pairs or copied from a real one; deleted on dispose.</summary>
public sealed class TempDocset : IDisposable
{
    public TempDocset()
        : this(NewFolder())
    {
    }

    private TempDocset(string root) => Root = root;

    public string Root { get; }

    public static TempDocset Create(params (string Path, string Text)[] files)
    {
        var docset = new TempDocset();
        foreach (var (path, text) in files)
        {
            docset.Write(path, text);
        }

        return docset;
    }

    /// <summary>Copies a docset folder (e.g. the real corpus under ../shared) so a test can change it freely.</summary>
    public static TempDocset CopyOf(string source)
    {
        var docset = new TempDocset(NewFolder());
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(docset.Root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return docset;
    }

    /// <summary>The real Spanish and French corpus, with es-es as the source locale.</summary>
    public static TempDocset RealCorpus()
    {
        var docset = CopyOf(Path.Combine(TestPaths.Shared, "corpus", "partner-center-21vianet"));
        docset.Write("partnerdocs.yml", "title: Partner Center\nsourceLocale: es-es\n");
        return docset;
    }

    /// <summary>
    /// The whole Partner Center docset (partner-center-full: es-es and fr-fr as published by Microsoft Learn under
    /// /partner-center/), set up as a writer would: es-es is the source, /partner-center/develop/ is another docset and the
    /// images come from the English repository, which is not here.
    /// </summary>
    public static TempDocset PartnerCenterFull()
    {
        var docset = new TempDocset(NewFolder());
        foreach (var locale in new[] { "es-es", "fr-fr" })
        {
            var source = System.IO.Path.Combine(TestPaths.Shared, "corpus", "partner-center-full", locale);
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = System.IO.Path.Combine(docset.Root, locale, System.IO.Path.GetRelativePath(source, file));
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        docset.Write("partnerdocs.yml", """
            title: Centro de partners
            sourceLocale: es-es
            locales: [es-es, fr-fr]
            basePath: /partner-center/
            externalPaths: [/partner-center/develop/]
            imageFallback: ../partner-center-pr.en-us/partner-center
            """);
        return docset;
    }

    public string PathOf(string relative) => System.IO.Path.Combine(Root, relative);

    /// <summary>A build output folder beside the docset (partnerdocs refuses one inside it), deleted with the docset.</summary>
    public string OutputPath => Root + ".site";

    public TempDocset Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }

        if (Directory.Exists(OutputPath))
        {
            Directory.Delete(OutputPath, recursive: true);
        }
    }

    private static string NewFolder()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "partnerdocs-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        return path;
    }
}
