using ResBot.Bot.Channels.Teams.Conversation;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Channels.Teams.Cards;

/// <summary>The card sent when a user installs ResBot: what it does and three questions to try.</summary>
internal static class WelcomeCardRenderer
{
    public static CardReply Render(Language language)
    {
        var texts = TeamsTexts.For(language);
        var card = new AdaptiveCard
        {
            Rtl = language.IsRightToLeft() ? true : null,
            Lang = language.Code(),
            FallbackText = texts.WelcomeIntro + " " + string.Join(" | ", texts.Examples),
            Body =
            [
                new AdaptiveTextBlock(texts.WelcomeTitle) { Size = "Large", Weight = "Bolder" },
                new AdaptiveTextBlock(texts.WelcomeIntro),
            ],
            Actions = texts.Examples.Select(example => (AdaptiveAction)new AdaptiveSubmitAction
            {
                Title = example,
                Data = TeamsCardAction.Typed(example),
            }).ToList(),
        };
        return new CardReply(card, texts.WelcomeTitle);
    }
}
