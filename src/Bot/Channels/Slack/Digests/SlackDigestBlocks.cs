using ResBot.Bot.Digests;
using ResBot.Bot.Conversations;
using ResBot.Bot.Channels.Slack.Blocks;
using ResBot.Bot.Channels.Slack.Rendering;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Channels.Slack.Digests;

/// <summary>
/// A digest as Block Kit: a header, then each section as mrkdwn packed into as few section blocks as fit 3,000 characters,
/// then one row of "ask about …" buttons. Packing keeps any digest far below 50 blocks.
/// </summary>
internal static class SlackDigestBlocks
{
    private const int MaxBlocks = SlackMessage.MaxBlocks;

    public static IReadOnlyList<Block> Render(Digest digest)
    {
        var blocks = new List<Block> { new HeaderBlock(TextObject.Plain(TextSplitter.Truncate(digest.Title, HeaderBlock.MaxTextLength))) };
        foreach (var section in digest.Sections)
            blocks.AddRange(Pack(Lines(section)).Select(text => new SectionBlock(TextObject.Markdown(text))));
        var buttons = digest.Sections
            .Take(ActionsBlock.MaxElements)
            .Select((s, i) => new ButtonElement(
                TextObject.Plain(TextSplitter.Truncate(DigestTexts.AskMoreButton(s.Topic, s.Language), ButtonElement.MaxTextLength)),
                $"{SlackAnswerRenderer.ShowAction}#digest{i}",
                ConversationAction.AskQuestion(s.AskMore, s.Language).ToValue()))
            .Where(b => b.Value.Length <= ButtonElement.MaxValueLength)
            .ToList();
        if (blocks.Count > MaxBlocks - 1)
            blocks = [.. blocks.Take(MaxBlocks - 1)];
        if (buttons.Count > 0)
            blocks.Add(new ActionsBlock(buttons));
        return blocks;
    }

    /// <summary>The section's lines, each already escaped mrkdwn.</summary>
    private static IEnumerable<string> Lines(DigestSection section)
    {
        yield return $"*{SlackMarkdown.Escape(section.Heading)}*";
        foreach (var resolution in section.Resolutions)
        {
            yield return $"*{SlackMarkdown.Escape(resolution.Title is null ? resolution.Key : $"{resolution.Key} — {resolution.Title}")}*";
            foreach (var clause in resolution.Clauses)
                foreach (var line in Quote(clause, section.Language))
                    yield return line;
        }
        if (section.Note is not null)
            yield return $"_{SlackMarkdown.Escape(section.Note)}_";
        if (section.NothingNewExample is { } example)
            foreach (var line in Quote(example, section.Language))
                yield return line;
    }

    private static IEnumerable<string> Quote(QuotedClause clause, Language sectionLanguage)
    {
        foreach (var piece in TextSplitter.SplitEscaped(clause.Text, SectionBlock.MaxTextLength - 10))
            yield return "> " + piece.Replace("\n", "\n> ", StringComparison.Ordinal);
        var language = clause.TextLanguage == sectionLanguage ? "" : " " + DigestTexts.TextIn(clause.TextLanguage, sectionLanguage);
        yield return $"_{SlackMarkdown.Escape(clause.Citation + language)}_";
    }

    private static IEnumerable<string> Pack(IEnumerable<string> lines)
    {
        var current = "";
        foreach (var line in lines)
        {
            if (current.Length > 0 && current.Length + 1 + line.Length > SectionBlock.MaxTextLength)
            {
                yield return current;
                current = "";
            }
            current = current.Length == 0 ? line : current + "\n" + line;
        }
        if (current.Length > 0)
            yield return current;
    }
}
