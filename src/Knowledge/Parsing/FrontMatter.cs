namespace ResBot.Knowledge.Parsing;

/// <summary>
/// The optional metadata header of a corpus file: `key: value` lines between two `---` lines at the very top.
/// Whatever it gives overrides what the parser reads from the document itself.
/// </summary>
public sealed class FrontMatter
{
    private readonly Dictionary<string, string> _values;

    private FrontMatter(Dictionary<string, string> values, int bodyStartLine)
    {
        _values = values;
        BodyStartLine = bodyStartLine;
    }

    public static FrontMatter Empty { get; } = new(new(StringComparer.OrdinalIgnoreCase), 0);

    /// <summary>Index (0-based) of the first line after the header.</summary>
    public int BodyStartLine { get; }

    public string? this[string key] => _values.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    /// <summary>Reads the header, or returns null with an error message when it is opened and never closed.</summary>
    public static FrontMatter Read(IReadOnlyList<string> lines, out ParseError? error, string source)
    {
        error = null;
        var first = 0;
        while (first < lines.Count && lines[first].Trim().Length == 0)
            first++;
        if (first >= lines.Count || lines[first].Trim() != "---")
            return Empty;

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = first + 1; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line == "---")
                return new FrontMatter(values, i + 1);
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                error = new ParseError(source, i + 1, $"metadata line is not `key: value`: \"{Shorten(line)}\"");
                return Empty;
            }
            values[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        error = new ParseError(source, first + 1, "metadata header opened with --- is never closed");
        return Empty;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
