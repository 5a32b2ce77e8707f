using ResBot.Bot.Conversations;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ResBot.Bot.Channels.Teams.Activities;
using ResBot.Bot.Channels.Teams.Cards;
using ResBot.Bot.Channels.Teams.Conversation;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Channels.Teams.Citations;

/// <summary>
/// An answer as Teams' own AI message: text whose [1], [2] … markers open citation pills (clause on hover, whole
/// clause and full citation in the dialog), the "AI generated" label on generated answers only, and the feedback
/// buttons. The follow-up buttons ride along in a card holding only actions. Pure, so it is tested on its JSON.
/// </summary>
internal static partial class CitedMessageRenderer
{
    /// <summary>Our cap, not Microsoft's: more pills than this are unreadable; the rest go behind "More".</summary>
    public const int MaxCitations = 20;

    /// <summary>A single clause longer than this is cut in the text and the dialog (and says so).</summary>
    private const int MaxClauseChars = 6000;

    /// <param name="feedback">Show Teams' thumbs up/down (only where a press can be stored with the answer it judges).</param>
    public static Activity Render(Answer answer, bool offerSubscription = false, bool feedback = false, int budgetBytes = AnswerCardRenderer.CardBudgetBytes)
    {
        var subscribe = offerSubscription && answer.Outcome == AnswerOutcome.Found && !string.IsNullOrWhiteSpace(answer.Question);
        var texts = ConversationTexts.For(answer.Language);
        var shown = new List<QuotedClause>();
        var message = Message(answer, shown, [], texts, subscribe, feedback);
        foreach (var clause in answer.Clauses.Take(MaxCitations))
        {
            var candidate = Message(answer, [.. shown, clause], [], texts, subscribe, feedback);
            // The generated text cites its clauses by key: every one must be there, or a marker would point nowhere.
            if (answer.Mode == AnswerMode.Extractive && shown.Count > 0 && TeamsJson.Utf8Size(candidate) > budgetBytes)
                break;
            shown.Add(clause);
            message = candidate;
        }
        var rest = answer.Clauses.Skip(shown.Count).ToList();
        return rest.Count == 0 ? message : Message(answer, shown, rest, texts, subscribe, feedback);
    }

    private static Activity Message(
        Answer answer, IReadOnlyList<QuotedClause> shown, IReadOnlyList<QuotedClause> rest, ConversationTexts texts, bool subscribe, bool feedback)
    {
        var actions = AnswerCardRenderer.Actions(answer, shown, rest, texts, subscribe);
        var entity = new MessageEntity
        {
            AdditionalType = answer.Mode == AnswerMode.Generative ? [MessageEntity.AiGeneratedContent] : null,
            Citation = shown.Select((clause, i) => new CitationClaim(i + 1, Appearance(clause, answer.Language))).ToList(),
        };
        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = Text(answer, shown, rest, texts),
            TextFormat = "markdown",
            Locale = answer.Language.Code(),
            // An answer that neither cites nor was generated (not found) has nothing for the entity to say.
            Entities = shown.Count > 0 || entity.AdditionalType is not null ? [ToEntity(entity)] : null,
            Attachments = actions.Count == 0
                ? null
                : [new Attachment { ContentType = Attachment.AdaptiveCardType, Content = ActionsCard(answer, actions) }],
            ChannelData = feedback ? FeedbackLoop : null,
        };
    }

    /// <summary>Teams shows its thumbs up/down under the message and sends a `message/submitAction` invoke when one is pressed.</summary>
    private static readonly JsonElement FeedbackLoop = JsonSerializer.SerializeToElement(new { feedbackLoopEnabled = true });

    private static string Text(Answer answer, IReadOnlyList<QuotedClause> shown, IReadOnlyList<QuotedClause> rest, ConversationTexts texts)
    {
        var language = answer.Language;
        var text = new StringBuilder();
        if (answer.Mode == AnswerMode.Generative)
        {
            // The label also goes in the text: mobile clients do not show the AI label.
            if (!string.IsNullOrWhiteSpace(answer.Label))
                text.Append('_').Append(Directed(Escape(answer.Label), language)).Append("_\n\n");
            text.Append(Directed(Markers(answer.Lead, shown), language));
        }
        else
        {
            text.Append(Directed(Escape(answer.Lead), language));
            for (var i = 0; i < shown.Count; i++)
            {
                var quote = ConversationTexts.For(shown[i].TextLanguage);
                text.Append("\n\n").Append(Directed($"{quote.OpenQuote}{Highlighted(shown[i])}{quote.CloseQuote} [{i + 1}]", shown[i].TextLanguage));
            }
        }
        if (rest.Count > 0)
            text.Append("\n\n_").Append(Directed(Escape(TeamsTexts.For(language).MoreNote), language)).Append('_');
        foreach (var note in answer.Notes)
            text.Append("\n\n_").Append(Directed(Escape(note), language)).Append('_');
        return text.ToString();
    }

    /// <summary>
    /// A text message has no direction of its own (a card has `rtl`): clients lay it out left to right, which puts an
    /// Arabic paragraph's quotation marks, numbers and [n] marker at the wrong ends (seen in Agents Playground). A
    /// right-to-left isolate (U+2067 … U+2069) around each Arabic paragraph orders it right to left; it goes inside
    /// the markdown emphasis marks, where it does not stop them from opening and closing.
    /// </summary>
    private static string Directed(string paragraph, Language language) =>
        language.IsRightToLeft() ? RightToLeftIsolate + paragraph + PopDirectionalIsolate : paragraph;

    private const char RightToLeftIsolate = '\u2067';
    private const char PopDirectionalIsolate = '\u2069';

    /// <summary>
    /// The generated text cites "[38/4 ¶5]"; Teams wants "[1]". Every bracket group left in a generated text is a
    /// checked citation (CitationChecker removed the others), so each names a clause of the answer; one that did not
    /// would stay as it is, readable, rather than become a pill pointing at the wrong clause.
    /// </summary>
    private static string Markers(string lead, IReadOnlyList<QuotedClause> shown)
    {
        var positions = shown.Select((clause, i) => (clause.Citation.ShortKey, Position: i + 1))
            .GroupBy(p => p.ShortKey, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Position, StringComparer.OrdinalIgnoreCase);
        var escaped = Escape(lead, brackets: false);
        return BracketGroup().Replace(escaped, match =>
            positions.TryGetValue(match.Groups["key"].Value.Trim(), out var position) ? $"[{position}]" : match.Value);
    }

    private static CitationAppearance Appearance(QuotedClause clause, Language answerLanguage)
    {
        var texts = ConversationTexts.For(answerLanguage);
        var mark = clause.IsMachineTranslation ? texts.MachineTranslation
            : clause.TextLanguage != answerLanguage ? texts.OtherLanguage
            : clause.IsAuthoritative ? texts.Authoritative
            : null;
        var keywords = new[] { clause.Citation.Resolution, clause.Citation.Document, mark }
            .OfType<string>()
            .Where(k => k.Length is > 0 and <= CitationAppearance.MaxKeywordLength)
            .Distinct()
            .Take(CitationAppearance.MaxKeywords)
            .ToList();
        return new CitationAppearance
        {
            Name = Truncate(clause.Citation.ShortKey, CitationAppearance.MaxNameLength),
            Abstract = Truncate(clause.Text, CitationAppearance.MaxAbstractLength),
            Text = JsonSerializer.Serialize(DialogCard(clause, mark), TeamsJson.Options),
            EncodingFormat = Attachment.AdaptiveCardType,
            Keywords = keywords.Count > 0 ? keywords : null,
        };
    }

    /// <summary>The citation's dialog: the whole clause, then its full citation (document, resolution, paragraph) and how it was quoted.</summary>
    private static AdaptiveCard DialogCard(QuotedClause clause, string? mark)
    {
        var quote = ConversationTexts.For(clause.TextLanguage);
        return new AdaptiveCard
        {
            Rtl = clause.TextLanguage.IsRightToLeft() ? true : null,
            Lang = clause.TextLanguage.Code(),
            Body =
            [
                new AdaptiveTextBlock(quote.OpenQuote + CardQuote.Text(clause, MaxClauseChars) + quote.CloseQuote),
                new AdaptiveTextBlock(clause.Citation + (mark is null ? "" : " · " + mark)) { IsSubtle = true, Size = "Small", Spacing = "Small" },
            ],
        };
    }

    private static AdaptiveCard ActionsCard(Answer answer, IReadOnlyList<AdaptiveAction> actions) => new()
    {
        Rtl = answer.Language.IsRightToLeft() ? true : null,
        Lang = answer.Language.Code(),
        Actions = actions,
    };

    /// <summary>Through <see cref="Entity"/>'s extension data, so the activity model keeps one entity type.</summary>
    private static Entity ToEntity(MessageEntity entity)
    {
        var element = JsonSerializer.SerializeToElement(entity, TeamsJson.Options);
        return new Entity
        {
            Type = entity.Type,
            Extra = element.EnumerateObject().Where(p => p.Name != "type").ToDictionary(p => p.Name, p => p.Value.Clone()),
        };
    }

    /// <summary>The clause as markdown: its text escaped, the words stating the asked fact in bold.</summary>
    private static string Highlighted(QuotedClause clause) =>
        string.Concat(QuoteSegment.Of(clause, MaxClauseChars).Select(s => s.Highlighted ? $"**{Escape(s.Text)}**" : Escape(s.Text)))
        + (clause.Text.Length > MaxClauseChars ? " …" : "");

    /// <summary>At most <paramref name="max"/> characters, the last of them "…" when cut.</summary>
    public static string Truncate(string text, int max)
    {
        var clean = text.ReplaceLineEndings(" ").Trim();
        return clean.Length <= max ? clean : clean[..(max - 1)].TrimEnd() + "…";
    }

    /// <summary>
    /// The clause is the resolution's text, not markdown: its asterisks, underscores and angle brackets are shown as
    /// written, and its own square brackets never read as a citation marker.
    /// </summary>
    private static string Escape(string text, bool brackets = true)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\' or '*' or '_' or '`' or '~' or '#':
                    escaped.Append('\\').Append(c);
                    break;
                case '[' or ']' when brackets:
                    escaped.Append('\\').Append(c);
                    break;
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }
        return escaped.ToString();
    }

    [GeneratedRegex(@"\[(?<key>[^\[\]]+)\]")]
    private static partial Regex BracketGroup();
}
