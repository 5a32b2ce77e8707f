using System.Text;
using ResBot.Bot.Conversations;
using ResBot.Bot.Channels.Teams.Conversation;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Channels.Teams.Cards;

/// <summary>
/// Turns the core's channel-neutral answer into an Adaptive Card: the lead, each clause quoted with its citation,
/// and the follow-up buttons. Clauses that would push the card over Teams' message size limit go behind "More".
/// </summary>
internal static class AnswerCardRenderer
{
    /// <summary>
    /// Teams refuses messages over about 28 KB; the card gets 24 KB so the envelope, the summary and the
    /// serialisation of the activity around it still fit.
    /// </summary>
    public const int CardBudgetBytes = 24 * 1024;

    /// <summary>A single clause longer than this is cut (and says so) rather than crowding out the rest.</summary>
    private const int MaxClauseChars = 6000;

    /// <param name="answer">The core's answer.</param>
    /// <param name="budgetBytes">The card's size limit.</param>
    /// <param name="offerSubscription">
    /// Add "Subscribe to this topic" (carrying the question) to a Found answer. Only for answers to a question: a view
    /// opened from a button (a language, a whole resolution) has no question a digest could follow.
    /// </param>
    public static CardReply Render(Answer answer, int budgetBytes = CardBudgetBytes, bool offerSubscription = false)
    {
        var subscribe = offerSubscription && answer.Outcome == AnswerOutcome.Found && !string.IsNullOrWhiteSpace(answer.Question);
        var texts = ConversationTexts.For(answer.Language);
        var head = Head(answer).ToList();
        var tail = answer.Notes.Select(n => (AdaptiveElement)new AdaptiveTextBlock(n) { IsSubtle = true, Size = "Small", Spacing = "Medium" }).ToList();

        var shown = new List<QuotedClause>();
        var body = new List<AdaptiveElement>(head);
        foreach (var clause in answer.Clauses)
        {
            var element = Quote(clause, answer.Language, texts);
            var candidate = Card(answer, [.. body, element, .. tail], Actions(answer, [.. shown, clause], [], texts, subscribe));
            if (shown.Count > 0 && TeamsJson.Utf8Size(candidate) > budgetBytes)
                break;
            body.Add(element);
            shown.Add(clause);
        }

        var rest = answer.Clauses.Skip(shown.Count).ToList();
        if (rest.Count > 0)
            tail.Insert(0, new AdaptiveTextBlock(TeamsTexts.For(answer.Language).MoreNote) { IsSubtle = true, Size = "Small", Spacing = "Medium" });
        var card = Card(answer, [.. body, .. tail], Actions(answer, shown, rest, texts, subscribe)) with { FallbackText = PlainText(answer, shown) };
        return new CardReply(card, Summary(answer, shown));
    }

    private static AdaptiveCard Card(Answer answer, IReadOnlyList<AdaptiveElement> body, IReadOnlyList<AdaptiveAction> actions) => new()
    {
        Rtl = answer.Language.IsRightToLeft() ? true : null,
        Lang = answer.Language.Code(),
        Body = body,
        Actions = actions.Count > 0 ? actions : null,
    };

    private static IEnumerable<AdaptiveElement> Head(Answer answer)
    {
        if (!string.IsNullOrWhiteSpace(answer.Label))
            yield return new AdaptiveTextBlock(answer.Label) { Size = "Small", Weight = "Bolder", Color = "Attention" };
        if (!string.IsNullOrWhiteSpace(answer.Lead))
            yield return new AdaptiveTextBlock(answer.Lead) { Size = "Medium" };
    }

    private static AdaptiveContainer Quote(QuotedClause clause, Language answerLanguage, ConversationTexts texts)
    {
        var text = CardQuote.Text(clause, MaxClauseChars);
        var marks = new List<string>();
        if (clause.IsAuthoritative)
            marks.Add(texts.Authoritative);
        if (clause.IsMachineTranslation)
            marks.Add(texts.MachineTranslation);
        else if (clause.TextLanguage != answerLanguage)
            marks.Add(texts.OtherLanguage);
        var citation = clause.Citation.ToString() + (marks.Count > 0 ? " · " + string.Join(" · ", marks) : "");

        // The quote is in its own language: an English clause inside an Arabic card keeps its quotation marks.
        var quoteTexts = ConversationTexts.For(clause.TextLanguage);
        return new AdaptiveContainer(
        [
            new AdaptiveTextBlock(quoteTexts.OpenQuote + text + quoteTexts.CloseQuote),
            new AdaptiveTextBlock(citation) { IsSubtle = true, Size = "Small", Spacing = "Small" },
        ])
        { Style = "emphasis", Spacing = "Medium" };
    }

    /// <summary>
    /// Language buttons re-show exactly the clauses on the card; "More" carries the ones left out. One button per
    /// action: where the authoritative Arabic text is offered, no second "العربية" button asks for the same.
    /// </summary>
    internal static IReadOnlyList<AdaptiveAction> Actions(Answer answer, IReadOnlyList<QuotedClause> shown, IReadOnlyList<QuotedClause> rest, ConversationTexts texts, bool subscribe)
    {
        var actions = new List<AdaptiveAction>();
        if (answer.Outcome != AnswerOutcome.Found || shown.Count == 0)
            return actions;
        var groups = Groups(shown);
        var offersArabic = shown.Any(c => c.TextLanguage != Language.Ar || c.IsMachineTranslation);
        if (offersArabic)
            actions.Add(Button(texts.AuthoritativeArabic, ConversationAction.ShowClauses(groups, Language.Ar)));
        foreach (var language in LanguageCodes.All.Where(l => l != answer.Language && !(l == Language.Ar && offersArabic)))
            actions.Add(Button(ConversationTexts.For(language).LanguageName, ConversationAction.ShowClauses(groups, language)));
        var resolution = answer.Resolutions.FirstOrDefault() ?? shown[0].Citation.Resolution;
        actions.Add(Button(texts.WholeResolution, ConversationAction.WholeResolution(resolution, answer.Language)));
        if (rest.Count > 0)
            actions.Add(Button(texts.More, ConversationAction.ShowClauses(Groups(rest), answer.Language)));
        if (subscribe)
            actions.Add(Button(texts.SubscribeToTopic, ConversationAction.SubscribeTo(answer.Question.Trim(), answer.Language)));
        return actions;
    }

    private static AdaptiveSubmitAction Button(string title, ConversationAction action) => new() { Title = title, Data = action };

    /// <summary>Citations carry the paragraph as printed; the core's keys are the same string ("5", "E.1").</summary>
    private static IReadOnlyList<ParagraphGroup> Groups(IEnumerable<QuotedClause> clauses) =>
        clauses.GroupBy(c => c.Citation.Resolution)
            .Select(g => new ParagraphGroup(g.Key, g.Select(c => c.Citation.Paragraph).Distinct().ToList()))
            .ToList();

    private static string Summary(Answer answer, IReadOnlyList<QuotedClause> shown)
    {
        var keys = string.Join(", ", shown.Select(c => c.Citation.ShortKey).Take(10));
        var summary = keys.Length > 0 ? $"{answer.Lead} ({keys})" : answer.Lead;
        return summary.Length > 500 ? summary[..500] + "…" : summary;
    }

    private static string PlainText(Answer answer, IReadOnlyList<QuotedClause> shown)
    {
        var text = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(answer.Label))
            text.AppendLine(answer.Label);
        text.AppendLine(answer.Lead);
        foreach (var clause in shown)
            text.Append("- ").AppendLine(clause.Citation.ToString());
        var plain = text.ToString().TrimEnd();
        return plain.Length > 2000 ? plain[..2000] + "…" : plain;
    }
}
