using ResBot.Bot.Channels.Teams.Activities;
using ResBot.Bot.Conversations;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Channels.Teams.Cards;

/// <summary>One messaging-extension result: the quoted clause as a card, with a thumbnail preview for the list.</summary>
internal static class SearchResultRenderer
{
    private const int PreviewChars = 160;

    /// <param name="query">What the user searched for: the preview shows the clause around it.</param>
    public static Attachment Render(QuotedClause clause, string? query = null)
    {
        var texts = ConversationTexts.For(clause.TextLanguage);
        var card = new AdaptiveCard
        {
            Rtl = clause.TextLanguage.IsRightToLeft() ? true : null,
            Lang = clause.TextLanguage.Code(),
            FallbackText = clause.Citation + ": " + clause.Text,
            Body =
            [
                new AdaptiveTextBlock(texts.OpenQuote + clause.Text + texts.CloseQuote),
                new AdaptiveTextBlock(clause.Citation.ToString()) { IsSubtle = true, Size = "Small", Spacing = "Small" },
            ],
        };
        // Centred on the match as the clause writes it: an Arabic clause found by "OIC-CERT" shows the team's Arabic name.
        var snippet = Snippet.Around(clause.Text, clause.Match ?? query, PreviewChars);
        return new Attachment
        {
            ContentType = Attachment.AdaptiveCardType,
            Content = card,
            Preview = new Attachment
            {
                ContentType = Attachment.ThumbnailCardType,
                Content = new ThumbnailCard(clause.Citation.ShortKey, clause.Citation.Document, snippet),
            },
        };
    }
}
