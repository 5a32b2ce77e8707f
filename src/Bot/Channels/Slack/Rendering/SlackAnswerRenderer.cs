using ResBot.Bot.Conversations;
using ResBot.Bot.Channels.Slack.Blocks;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Channels.Slack.Rendering;

/// <summary>
/// Draws the core's channel-neutral <see cref="Answer"/> as Block Kit: a header, the lead, each clause in a section
/// with its citation in a context block, notes, and buttons. Stays inside Slack's limits by cutting the answer
/// at a clause boundary and offering "more", so Slack never rejects a message for its size.
/// </summary>
public static class SlackAnswerRenderer
{
    /// <summary>Action ids; a suffix after '#' keeps ids unique within the actions block.</summary>
    public const string ShareAction = "share";
    public const string ShowAction = "show";

    // Kept below Slack's 40,000 to leave room for the fallback text and JSON property names.
    private const int CharacterBudget = SlackMessage.MaxTotalCharacters - 4_000;
    private const int MaxResolutionButtons = 3;
    private const int FallbackLength = 2_000;
    // A generated lead is a few sentences; anything longer is cut so the clauses, which carry the citations, still show.
    private const int MaxLeadCharacters = 6_000;

    public static SlackMessage Render(Answer answer, SlackRenderContext context)
    {
        var texts = SlackTexts.For(answer.Language);
        var page = new Page();
        var skip = Math.Clamp(context.Again.Skip, 0, answer.Clauses.Count);

        var title = string.IsNullOrWhiteSpace(answer.Question) ? texts.Title : answer.Question.Trim();
        if (skip > 0)
            title = $"{title} {texts.Continued}";
        page.Add(new HeaderBlock(TextObject.Plain(TextSplitter.Truncate(title, HeaderBlock.MaxTextLength))));
        if (!string.IsNullOrWhiteSpace(answer.Label))
            page.Add(Context(answer.Label));
        if (skip == 0)
            page.AddRange(Sections(TextSplitter.Truncate(answer.Lead, MaxLeadCharacters)));

        var footer = Footer(answer);
        var next = AddClauses(page, answer, skip, footer.Reserve);

        if (footer.Notes is not null)
            page.Add(footer.Notes);
        var buttons = Buttons(answer, context, texts, next);
        if (buttons.Count > 0)
        {
            page.Add(new DividerBlock());
            page.Add(new ActionsBlock(buttons));
        }
        return new SlackMessage(Fallback(answer), page.Blocks);
    }

    /// <summary>Adds clauses from <paramref name="skip"/> while they fit; returns the first clause left out, or null.</summary>
    private static int? AddClauses(Page page, Answer answer, int skip, (int Blocks, int Characters) reserve)
    {
        for (var index = skip; index < answer.Clauses.Count; index++)
        {
            var clause = answer.Clauses[index];
            var blocks = new List<Block>(QuoteSections(clause)) { Citation(clause, answer.Language, ConversationTexts.For(answer.Language)) };
            if (page.Fits(blocks, reserve))
            {
                page.AddRange(blocks);
                continue;
            }
            if (index == skip)
                page.AddRange(Partial(page, blocks, reserve));
            return index == skip ? index + 1 < answer.Clauses.Count ? index + 1 : null : index;
        }
        return null;
    }

    /// <summary>
    /// A single clause too long for a whole message (never seen in the corpus, but not to be rejected by Slack):
    /// as many of its pieces as fit, marked as cut, with its citation.
    /// </summary>
    private static IEnumerable<Block> Partial(Page page, List<Block> blocks, (int Blocks, int Characters) reserve)
    {
        var citation = blocks[^1];
        var kept = new List<Block> { citation };
        foreach (var section in blocks.Take(blocks.Count - 1))
        {
            var candidate = kept.Take(kept.Count - 1).Append(section).Append(citation).ToList();
            if (!page.Fits(candidate, reserve))
                break;
            kept = candidate;
        }
        if (kept.Count > 1 && kept[^2] is SectionBlock last)
            kept[^2] = new SectionBlock(TextObject.Markdown(TextSplitter.Truncate(last.Text.Text, SectionBlock.MaxTextLength - 1) + "…"));
        return kept;
    }

    private static (ContextBlock? Notes, (int Blocks, int Characters) Reserve) Footer(Answer answer)
    {
        var notes = answer.Notes.Where(n => !string.IsNullOrWhiteSpace(n)).Take(ContextBlock.MaxElements).ToList();
        var block = notes.Count == 0
            ? null
            : new ContextBlock(notes.Select(n => TextObject.Markdown(TextSplitter.Truncate(SlackMarkdown.Escape(n), ContextBlock.MaxElementTextLength))).ToList());
        // Divider and actions always fit: counted here so clauses never crowd them out.
        var blocks = (block is null ? 0 : 1) + 2;
        var characters = (block is null ? 0 : Page.Characters(block)) + 4 * ButtonElement.MaxTextLength * ActionsBlock.MaxElements / 5;
        return (block, (blocks, characters));
    }

    private static List<ButtonElement> Buttons(Answer answer, SlackRenderContext context, SlackTexts texts, int? next)
    {
        // Share and more give this very answer again, in its language.
        var again = context.Again with { Language = answer.Language.Code() };
        var words = ConversationTexts.For(answer.Language);
        var buttons = new List<ButtonElement>();
        var offersArabic = false;
        if (context.Shareable)
            buttons.Add(Button(texts.ShareInChannel, ShareAction, again.From(0)) with { Style = "primary" });

        if (answer.Outcome == AnswerOutcome.Found)
        {
            var byResolution = answer.Clauses
                .GroupBy(c => c.Citation.Resolution)
                .Take(MaxResolutionButtons)
                .ToList();
            var several = byResolution.Count > 1;
            foreach (var resolution in byResolution)
            {
                var suffix = several ? $" {resolution.Key}" : "";
                if (answer.Language != Language.Ar && again.Kind != ConversationAction.Resolution)
                {
                    offersArabic = true;
                    buttons.Add(Button(words.AuthoritativeArabic + suffix, ShowAction, ConversationAction.ShowClauses(Groups(resolution), Language.Ar)));
                }
                if (again.Kind != ConversationAction.Resolution)
                    buttons.Add(Button(words.WholeResolution + suffix, ShowAction, ConversationAction.WholeResolution(resolution.Key, answer.Language)));
            }

            // The same answer in the other languages; Arabic is already offered as the authoritative text above.
            foreach (var language in LanguageCodes.All.Where(l => l != answer.Language && !(l == Language.Ar && offersArabic)))
                buttons.Add(Button(ConversationTexts.For(language).LanguageName, ShowAction, InLanguage(answer, again, language)));
        }

        if (next is { } skip)
            buttons.Add(Button(words.More, ShowAction, again.From(skip)));

        return buttons
            .Where(b => b.Value.Length <= ButtonElement.MaxValueLength)
            .Take(ActionsBlock.MaxElements)
            .Select((b, i) => b with { ActionId = $"{b.ActionId}#{i}" })
            .ToList();
    }

    /// <summary>
    /// The same clauses in another language: a whole resolution is shown whole again; anything else by the paragraphs
    /// it quoted, which names exactly what was shown whatever the question would find later.
    /// </summary>
    private static ConversationAction InLanguage(Answer answer, ConversationAction again, Language language) =>
        again.Kind == ConversationAction.Resolution
            ? ConversationAction.WholeResolution(again.ResolutionKey!, language)
            : ConversationAction.ShowClauses(Groups(answer.Clauses), language);

    private static IReadOnlyList<ParagraphGroup> Groups(IEnumerable<QuotedClause> clauses) =>
        clauses.GroupBy(c => c.Citation.Resolution)
            .Select(g => new ParagraphGroup(g.Key, g.Select(c => c.Citation.Paragraph).Distinct().ToList()))
            .ToList();

    private static ButtonElement Button(string text, string action, ConversationAction value) =>
        new(TextObject.Plain(TextSplitter.Truncate(text, ButtonElement.MaxTextLength)), action, value.ToValue());

    /// <summary>
    /// A clause as sections; the words stating the asked fact in bold when the clause fits one section (always so in
    /// practice). A clause cut over several sections is shown plain, since a cut could split the bold marks.
    /// </summary>
    private static IEnumerable<SectionBlock> QuoteSections(QuotedClause clause)
    {
        if (clause.Highlights.Count > 0)
        {
            var marked = string.Concat(QuoteSegment.Of(clause).Select(s => s.Highlighted ? $"*{SlackMarkdown.Escape(s.Text)}*" : SlackMarkdown.Escape(s.Text)));
            if (marked.Length <= SectionBlock.MaxTextLength)
                return [new SectionBlock(TextObject.Markdown(marked))];
        }
        return Sections(clause.Text);
    }

    private static IEnumerable<SectionBlock> Sections(string text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : TextSplitter.SplitEscaped(text, SectionBlock.MaxTextLength).Select(piece => new SectionBlock(TextObject.Markdown(piece)));

    private static ContextBlock Citation(QuotedClause clause, Language answerLanguage, ConversationTexts texts)
    {
        var status = clause switch
        {
            { IsMachineTranslation: true } => texts.MachineTranslation,
            { IsAuthoritative: true } => texts.Authoritative,
            _ when clause.TextLanguage != answerLanguage => texts.Translation,
            _ => null,
        };
        var citation = $"📄 *{SlackMarkdown.Escape(clause.Citation.ToString())}*";
        var text = status is null ? citation : $"{citation} · _{status}_";
        return Context(TextSplitter.Truncate(text, ContextBlock.MaxElementTextLength), escaped: true);
    }

    private static ContextBlock Context(string text, bool escaped = false) =>
        new([TextObject.Markdown(escaped ? text : SlackMarkdown.Escape(text))]);

    /// <summary>The notification text: the lead and the citations, plain.</summary>
    private static string Fallback(Answer answer)
    {
        var citations = string.Join("; ", answer.Clauses.Select(c => c.Citation.ToString()).Distinct().Take(5));
        var text = string.IsNullOrWhiteSpace(citations) ? answer.Lead : $"{answer.Lead} ({citations})";
        if (string.IsNullOrWhiteSpace(text))
            text = answer.Question;
        return TextSplitter.Truncate(SlackMarkdown.Escape(text.Trim()), FallbackLength);
    }

    /// <summary>The blocks of one message and the characters they hold, against Slack's limits.</summary>
    private sealed class Page
    {
        private readonly List<Block> _blocks = [];
        private int _characters;

        public IReadOnlyList<Block> Blocks => _blocks;

        public bool Fits(IReadOnlyCollection<Block> blocks, (int Blocks, int Characters) reserve) =>
            _blocks.Count + blocks.Count + reserve.Blocks <= SlackMessage.MaxBlocks
            && _characters + blocks.Sum(Characters) + reserve.Characters <= CharacterBudget;

        public void Add(Block block)
        {
            _blocks.Add(block);
            _characters += Characters(block);
        }

        public void AddRange(IEnumerable<Block> blocks)
        {
            foreach (var block in blocks)
                Add(block);
        }

        public static int Characters(Block block) => block switch
        {
            HeaderBlock header => header.Text.Text.Length,
            SectionBlock section => section.Text.Text.Length,
            ContextBlock context => context.Elements.Sum(e => e.Text.Length),
            ActionsBlock actions => actions.Elements.Sum(e => e.Text.Text.Length),
            _ => 0,
        };
    }
}
