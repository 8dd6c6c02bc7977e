using CsCheck;
using PartnerDocs.Paths;

namespace PartnerDocs.Tests.Paths;

/// <summary>Combining a folder and a relative path: "." and ".." collapse, empty segments drop, climbing out is null.</summary>
public class DocsetPathTests
{
    private static readonly string[] Pieces = ["a", "b.md", ".", "..", "...", ".x", "x.", "", "/", "//", "é"];

    [Theory]
    [InlineData("es-es", "billing.md", "es-es/billing.md")]
    [InlineData("es-es/sub", "../a.md", "es-es/a.md")]
    [InlineData("es-es", "./media/a.png", "es-es/media/a.png")]
    [InlineData("", "es-es/.hidden/a.md", "es-es/.hidden/a.md")]
    [InlineData("es-es", "a//b/", "es-es/a/b")]
    [InlineData("es-es", "../../a.md", null)]
    public void Combines_as_written(string folder, string path, string? expected) => Assert.Equal(expected, DocsetPath.Combine(folder, path));

    [Fact]
    public void Joins_plain_paths_as_the_segment_rules_do() =>
        Gen.Select(Gen.OneOf(Pieces).Array[0, 4].Select(p => string.Join('/', p)), Gen.OneOf(Pieces).Array[0, 5].Select(p => string.Join('/', p)))
            .Sample((folder, path) => Assert.Equal(BySegments(folder, path), DocsetPath.Combine(folder, path)), iter: 20_000);

    // The rule itself, one segment at a time.
    private static string? BySegments(string folder, string path)
    {
        var segments = folder.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }
}
