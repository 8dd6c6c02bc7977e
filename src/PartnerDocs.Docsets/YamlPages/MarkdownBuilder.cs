using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PartnerDocs.YamlPages;

/// <summary>Writes Markdown line by line, remembering the YAML line each Markdown line comes from.</summary>
internal sealed class MarkdownBuilder
{
    private readonly StringBuilder text = new();
    private readonly List<int> lines = [];

    public string Text => text.ToString();

    public IReadOnlyList<int> Lines => lines;

    public void Line(string line, int yamlLine)
    {
        text.Append(line).Append('\n');
        lines.Add(yamlLine);
    }

    public void Blank() => Line("", lines.Count == 0 ? 1 : lines[^1]);

    /// <summary>A Markdown scalar (summary, answer) as its own block: a literal block keeps its line numbers, others map to where they start.</summary>
    public void Block(YamlScalarNode scalar)
    {
        var start = (int)scalar.Start.Line;
        var isBlock = scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded;
        var index = 0;
        foreach (var line in (scalar.Value ?? "").Replace("\r\n", "\n").Split('\n'))
        {
            var yamlLine = scalar.Style == ScalarStyle.Literal ? start + 1 + index : isBlock ? start + 1 : start;
            Line(line, Math.Min(yamlLine, Math.Max(start, (int)scalar.End.Line)));
            index++;
        }

        Blank();
    }

    /// <summary>Plain text made safe for a heading or link text: Markdown punctuation is escaped, line breaks become spaces.</summary>
    public static string Escape(string plain)
    {
        var builder = new StringBuilder(plain.Length + 8);
        foreach (var c in plain.ReplaceLineEndings(" ").Trim())
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '!' or '{' or '}')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>A link destination; one with spaces or parentheses is written in angle brackets.</summary>
    public static string Destination(string url)
    {
        url = url.Trim();
        return url.IndexOfAny([' ', '(', ')', '<', '>']) < 0 ? url : "<" + url.Replace("<", "%3C").Replace(">", "%3E") + ">";
    }
}
