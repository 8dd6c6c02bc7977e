namespace PartnerDocs.Tests.Site;

/// <summary>
/// A small English/French docset for the reader's-site tests: French lacks only-en.md, and titles carry a script tag
/// that must come out as text.
/// </summary>
public static class ReaderDocset
{
    public const string Script = "<script>alert(1)</script>";

    public static TempDocset Create(string config = "baseUrl: https://example.test/docs/\n")
    {
        return TempDocset.Create(
            ("partnerdocs.yml", $"title: \"Docs {Script}\"\nsourceLocale: en-us\nlocales: [en-us, fr-fr]\n{config}"),
            ("en-us/TOC.md", $"# [Docs {Script}](index.md)\n# Guides\n## [Setup {Script}](setup.md)\n## [Only English](only-en.md)\n"),
            ("en-us/index.md", Topic("Start", "Where to begin", "# Start\n\n## First steps {#first-steps}\n\nHello.\n")),
            ("en-us/setup.md", Topic($"Setup {Script}", $"Set up {Script}", $"# Setup\n\n## Step one {{#step-one}}\n\nDo it.\n\n### Detail `{Script}` {{#detail}}\n\nMore.\n")),
            ("en-us/only-en.md", Topic("Only English", "Not translated yet", "# Only English\n\n## Section {#section}\n\nText.\n")),
            ("fr-fr/TOC.md", "# [Documentation](index.md)\n# Guides\n## [Installation](setup.md)\n## [Seulement en anglais](only-en.md)\n"),
            ("fr-fr/index.md", Topic("Début", "Par où commencer", "# Début\n\n## Premiers pas\n\nBonjour.\n")),
            ("fr-fr/setup.md", Topic("Installation", "Installer", "# Installation\n\n## Première étape {#step-one}\n\nFaites-le.\n\n### Détail {#detail}\n\nPlus.\n")));
    }

    private static string Topic(string title, string description, string body) =>
        $"---\ntitle: \"{title}\"\ndescription: \"{description}\"\nms.date: 11/02/2026\n---\n{body}";
}
