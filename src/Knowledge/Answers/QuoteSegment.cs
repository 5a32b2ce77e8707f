namespace ResBot.Knowledge.Answers;

/// <summary>A run of a quoted clause's text, set off or not: what a renderer makes bold.</summary>
public readonly record struct QuoteSegment(string Text, bool Highlighted)
{
    /// <summary>
    /// The clause's text (its first <paramref name="maxLength"/> characters, when given) cut at its highlights; a
    /// highlight the cut runs through is shortened with it. Renderers escape each segment for their markup.
    /// </summary>
    public static IReadOnlyList<QuoteSegment> Of(QuotedClause clause, int? maxLength = null)
    {
        var text = maxLength is { } max && clause.Text.Length > max ? clause.Text[..max] : clause.Text;
        var segments = new List<QuoteSegment>();
        var at = 0;
        foreach (var span in clause.Highlights.Where(h => h.Start >= 0 && h.Length > 0).OrderBy(h => h.Start))
        {
            if (span.Start < at || span.Start >= text.Length)
                continue;
            var end = Math.Min(span.End, text.Length);
            if (span.Start > at)
                segments.Add(new QuoteSegment(text[at..span.Start], false));
            segments.Add(new QuoteSegment(text[span.Start..end], true));
            at = end;
        }
        if (at < text.Length)
            segments.Add(new QuoteSegment(text[at..], false));
        return segments;
    }
}
