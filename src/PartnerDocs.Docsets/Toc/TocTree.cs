using PartnerDocs.Diagnostics;

namespace PartnerDocs.Toc;

/// <summary>A locale's table of contents, read from TOC.md or toc.yml.</summary>
public sealed class TocTree
{
    public TocTree(string file, IReadOnlyList<TocNode> roots)
    {
        File = file;
        Roots = roots;
    }

    /// <summary>The TOC file, relative to the docset root.</summary>
    public string File { get; }

    public IReadOnlyList<TocNode> Roots { get; }

    /// <summary>Every node in document (pre-)order.</summary>
    public IEnumerable<TocNode> All()
    {
        var stack = new Stack<TocNode>(Roots.Reverse());
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            for (var i = node.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(node.Children[i]);
            }
        }
    }

    public static TocTree Empty(string file) => new(file, []);
}
