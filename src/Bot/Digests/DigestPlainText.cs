using System.Text;

namespace ResBot.Bot.Digests;

/// <summary>A digest as plain text: `resbot digest preview`, and the notification fallback of rich messages.</summary>
public static class DigestPlainText
{
    public static string Render(Digest digest)
    {
        var text = new StringBuilder().AppendLine(digest.Title);
        foreach (var section in digest.Sections)
        {
            text.AppendLine().AppendLine(section.Heading);
            foreach (var resolution in section.Resolutions)
            {
                text.AppendLine(resolution.Title is null ? resolution.Key : $"{resolution.Key} — {resolution.Title}");
                foreach (var clause in resolution.Clauses)
                {
                    var language = clause.TextLanguage == section.Language ? "" : " " + DigestTexts.TextIn(clause.TextLanguage, section.Language);
                    text.AppendLine($"  ¶{clause.Citation.Paragraph}{language}: {clause.Text}").AppendLine($"    [{clause.Citation}]");
                }
            }
            if (section.Note is not null)
                text.AppendLine(section.Note);
            if (section.NothingNewExample is { } example)
                text.AppendLine($"  {example.Text}").AppendLine($"    [{example.Citation}]");
        }
        return text.ToString().TrimEnd();
    }

    /// <summary>One line for notifications: the title and the headings with news.</summary>
    public static string Summary(Digest digest) =>
        digest.Title + ": " + string.Join(" · ", digest.Sections.Select(s => s.Heading));
}
