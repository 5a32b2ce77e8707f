namespace ResBot.Bot.Channels.Teams.Cards;

/// <summary>
/// The part of a clause a search result previews: centred on the first word of the query the clause contains, so
/// the list shows why it matched rather than the clause's opening, which is the same for many ("Requests the …").
/// Pure; cuts at word boundaries and marks each cut with "…".
/// </summary>
public static class Snippet
{
    /// <summary>Query words shorter than this ("the", "des", "في") say nothing about where the match is.</summary>
    private const int MinWordLength = 4;

    public static string Around(string text, string? query, int length)
    {
        if (text.Length <= length)
            return text;
        var match = FirstMatch(text, query);
        if (match < 0)
            return Cut(text, 0, length);
        // The match a third of the way in: a little of what leads to it, more of what follows.
        var start = Math.Clamp(match - length / 3, 0, text.Length - length);
        return Cut(text, start, length);
    }

    private static int FirstMatch(string text, string? query)
    {
        var words = (query ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('"', '\'', '?', '؟', '.', ',', '«', '»'))
            .Where(w => w.Length >= MinWordLength);
        var positions = words.Select(w => text.IndexOf(w, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).ToList();
        return positions.Count == 0 ? -1 : positions.Min();
    }

    private static string Cut(string text, int start, int length)
    {
        var end = Math.Min(text.Length, start + length);
        // Whole words only: move the start forward and the end back to a space.
        if (start > 0 && text.IndexOf(' ', start) is var space and >= 0 && space < end)
            start = space + 1;
        if (end < text.Length && text.LastIndexOf(' ', end - 1) is var last && last > start)
            end = last;
        return (start > 0 ? "…" : "") + text[start..end].Trim() + (end < text.Length ? "…" : "");
    }
}
