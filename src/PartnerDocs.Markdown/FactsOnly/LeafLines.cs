using System.Runtime.CompilerServices;
using Markdig.Helpers;

namespace PartnerDocs.Markdown.FactsOnly;

/// <summary>Gives a leaf block's lines back to Markdig's pool, as its inline parsing would have.</summary>
internal static class LeafLines
{
    // Markdig releases a leaf's lines in inline parsing, which the facts-only paths skip; kept, the pool would run dry and
    // every later block would get a new array. Release is internal to Markdig: the tests fail if an update renames it.
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "Release")]
    public static extern void Release(ref StringLineGroup lines);
}
