using System.Text;
using ResBot.Bot.Digests;
using ResBot.Bot.Slack.Answering;
using ResBot.Bot.Slack.Blocks;
using ResBot.Bot.Slack.Rendering;
using ResBot.Knowledge.Answers;

namespace ResBot.Bot.Slack.Digests;

/// <summary>
/// Lays a <see cref="Digest"/> out in Block Kit: a header, then per subscription its heading, the new clauses grouped
/// by resolution with their citations, its note, and an "ask more" button. Clauses are packed into sections of up
/// to 3,000 characters rather than one block each, so a digest with many subscriptions stays within 50 blocks
/// without dropping clauses the runner records as delivered.
/// </summary>
internal static class SlackDigestRenderer
{
    private const int FallbackLength = 2_000;

    public static SlackMessage Render(Digest digest)
    {
        var blocks = new List<Block> { new HeaderBlock(TextObject.Plain(TextSplitter.Truncate(digest.Title, HeaderBlock.MaxTextLength))) };
        foreach (var (section, index) in digest.Sections.Select((s, i) => (s, i)))
        {
            if (index > 0)
                blocks.Add(new DividerBlock());
            blocks.AddRange(Section(section, index));
        }
        return new SlackMessage(TextSplitter.Truncate(DigestPlainText.Summary(digest), FallbackLength), Fit(blocks));
    }

    private static IEnumerable<Block> Section(DigestSection section, int index)
    {
        // The heading opens the packed text rather than taking a block of its own: blocks are the scarce resource.
        var text = new StringBuilder($"*{SlackMarkdown.Escape(TextSplitter.Truncate(section.Heading, 2_000))}*\n\n");
        foreach (var resolution in section.Resolutions)
        {
            var title = resolution.Title is null ? "" : " — " + resolution.Title;
            text.Append($"*{SlackMarkdown.Escape(resolution.Key + title)}*\n");
            foreach (var clause in resolution.Clauses)
                text.Append(Clause(clause, section));
        }
        foreach (var piece in Pack(text.ToString()))
            yield return new SectionBlock(TextObject.Markdown(piece));

        if (section.Note is not null)
            yield return new ContextBlock([TextObject.Markdown(SlackMarkdown.Escape(TextSplitter.Truncate(section.Note, ContextBlock.MaxElementTextLength)))]);
        if (section.NothingNewExample is { } example)
        {
            foreach (var piece in Pack(Clause(example, section)))
                yield return new SectionBlock(TextObject.Markdown(piece));
        }

        var ask = AnswerRequest.Ask(section.AskMore, section.Language);
        if (ask.ToValue().Length <= ButtonElement.MaxValueLength)
            yield return new ActionsBlock([new ButtonElement(
                TextObject.Plain(TextSplitter.Truncate("🔎 " + section.AskMore, ButtonElement.MaxTextLength)),
                $"{SlackAnswerRenderer.ShowAction}#{index}",
                ask.ToValue())]);
    }

    /// <summary>The clause, then its citation in italics (and the language of the text when it is not the section's).</summary>
    private static string Clause(QuotedClause clause, DigestSection section)
    {
        var language = clause.TextLanguage == section.Language ? "" : " " + DigestTexts.TextIn(clause.TextLanguage, section.Language);
        return $"{SlackMarkdown.Escape(clause.Text.Trim())}\n_📄 {SlackMarkdown.Escape(clause.Citation.ToString() + language)}_\n\n";
    }

    /// <summary>Sections of at most 3,000 characters, cut between clauses where possible (packed text is already escaped).</summary>
    private static IEnumerable<string> Pack(string escaped)
    {
        var current = new StringBuilder();
        foreach (var paragraph in escaped.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + paragraph.Length + 2 > SectionBlock.MaxTextLength)
            {
                yield return current.ToString().TrimEnd();
                current.Clear();
            }
            if (paragraph.Length > SectionBlock.MaxTextLength)
            {
                yield return TextSplitter.Truncate(paragraph, SectionBlock.MaxTextLength);
                continue;
            }
            current.Append(paragraph).Append("\n\n");
        }
        if (current.Length > 0)
            yield return current.ToString().TrimEnd();
    }

    /// <summary>
    /// Block Kit's 50 blocks: the "ask more" buttons go first, then the dividers, because the clauses are what the
    /// runner records as delivered. Only a digest beyond anything the composer's budgets produce is cut.
    /// </summary>
    private static List<Block> Fit(List<Block> blocks)
    {
        if (blocks.Count > SlackMessage.MaxBlocks)
            blocks = blocks.Where(b => b is not ActionsBlock).ToList();
        if (blocks.Count > SlackMessage.MaxBlocks)
            blocks = blocks.Where(b => b is not DividerBlock).ToList();
        if (blocks.Count <= SlackMessage.MaxBlocks)
            return blocks;
        var kept = blocks.Take(SlackMessage.MaxBlocks - 1).ToList();
        kept.Add(new ContextBlock([TextObject.Plain("…")]));
        return kept;
    }
}
