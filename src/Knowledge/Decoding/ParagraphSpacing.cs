using ResBot.Knowledge.Parsing;

namespace ResBot.Knowledge.Decoding;

/// <summary>
/// Lays paragraph blocks out as the structure reader expects text: one empty block between two paragraphs.
/// </summary>
/// <remarks>
/// The reader takes a resolution's title as the lines after its heading up to the first blank line. A web page or
/// Word file has no blank lines, only paragraphs, so without a separator the heading's title would swallow the
/// chapeau and the preamble. With one after every paragraph the title is exactly one paragraph — so none goes
/// after a resolution heading itself (a blank there would end the title before it began) nor after a lone "ON" /
/// "بشأن" / "SUR", which the reader skips and which only introduces the title paragraph that follows. Empty source paragraphs are dropped: the separators
/// already say everything they did.
/// </remarks>
internal static class ParagraphSpacing
{
    public static List<TextBlock> Separate(IEnumerable<TextBlock> paragraphs)
    {
        var lines = new List<TextBlock>();
        foreach (var paragraph in paragraphs)
        {
            if (string.IsNullOrWhiteSpace(paragraph.AsLine()))
                continue;
            if (lines.Count > 0 && !IntroducesTitle(TextNormalizer.CleanLine(lines[^1].AsLine())))
                lines.Add(new TextBlock("", lines[^1].Line));
            lines.Add(paragraph);
        }
        return lines;
    }

    private static bool IntroducesTitle(string line) => ResolutionHeading.IsHeading(line) || ResolutionHeading.IsConcerningLine(line);
}
