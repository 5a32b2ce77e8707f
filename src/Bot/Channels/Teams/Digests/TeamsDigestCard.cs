using ResBot.Bot.Digests;
using ResBot.Bot.Channels.Teams.Cards;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Channels.Teams.Digests;

/// <summary>A digest as one Adaptive Card: a title, a section per subscription, each clause quoted with its citation.</summary>
internal static class TeamsDigestCard
{
    /// <summary>As for answers: Teams refuses messages over about 28 KB; 24 KB leaves room for the activity around the card.</summary>
    public const int BudgetBytes = AnswerCardRenderer.CardBudgetBytes;

    public static AdaptiveCard Render(Digest digest)
    {
        // The composer keeps digests well within the budget; should one still be too big (long Arabic clauses),
        // clauses are shortened, never dropped, so that every paragraph recorded as delivered was shown.
        for (var maxClause = int.MaxValue; ; maxClause = maxClause == int.MaxValue ? 600 : maxClause / 2)
        {
            var card = Card(digest, maxClause);
            if (TeamsJson.Utf8Size(card) <= BudgetBytes || maxClause < 80)
                return card;
        }
    }

    private static AdaptiveCard Card(Digest digest, int maxClause)
    {
        var body = new List<AdaptiveElement> { new AdaptiveTextBlock(digest.Title) { Size = "Large", Weight = "Bolder" } };
        var actions = new List<AdaptiveAction>();
        foreach (var section in digest.Sections)
        {
            body.Add(new AdaptiveTextBlock(section.Heading) { Size = "Medium", Weight = "Bolder", Spacing = "Large" });
            foreach (var resolution in section.Resolutions)
            {
                body.Add(new AdaptiveTextBlock(resolution.Title is null ? resolution.Key : $"{resolution.Key} — {resolution.Title}") { Weight = "Bolder", Spacing = "Medium" });
                body.AddRange(resolution.Clauses.Select(c => Quote(c, section.Language, maxClause)));
            }
            if (section.Note is not null)
                body.Add(new AdaptiveTextBlock(section.Note) { IsSubtle = true, Spacing = "Medium" });
            if (section.NothingNewExample is { } example)
                body.Add(Quote(example, section.Language, maxClause));
            var ask = section.AskMore;
            actions.Add(new AdaptiveSubmitAction
            {
                Title = DigestTexts.AskMoreButton(section.Topic, section.Language),
                Data = TeamsCardAction.Typed(ask, section.Language.Code()),
            });
        }
        return new AdaptiveCard
        {
            Rtl = digest.Language.IsRightToLeft() ? true : null,
            Lang = digest.Language.Code(),
            Body = body,
            Actions = actions,
            FallbackText = DigestPlainText.Summary(digest),
        };
    }

    private static AdaptiveContainer Quote(QuotedClause clause, Language sectionLanguage, int maxClause)
    {
        var text = clause.Text.Length > maxClause ? clause.Text[..maxClause].TrimEnd() + " …" : clause.Text;
        var citation = clause.Citation.ToString()
            + (clause.TextLanguage != sectionLanguage ? " " + DigestTexts.TextIn(clause.TextLanguage, sectionLanguage) : "");
        return new AdaptiveContainer(
        [
            new AdaptiveTextBlock(text),
            new AdaptiveTextBlock(citation) { IsSubtle = true, Size = "Small", Spacing = "Small" },
        ])
        { Style = "emphasis", Spacing = "Small" };
    }
}
