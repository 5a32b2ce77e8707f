using ResBot.Bot.Conversations;
using ResBot.Bot.Channels.Teams.Conversation;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Channels.Teams.Cards;

/// <summary>What the bot can do, in the language help was asked in.</summary>
internal static class HelpCardRenderer
{
    public static CardReply Render(Language language)
    {
        var texts = TeamsTexts.For(language);
        var help = texts.Help + "\n- " + ConversationTexts.For(language).FollowUps;
        var card = new AdaptiveCard
        {
            Rtl = language.IsRightToLeft() ? true : null,
            Lang = language.Code(),
            FallbackText = help,
            Body = [new AdaptiveTextBlock("ResBot") { Size = "Medium", Weight = "Bolder" }, new AdaptiveTextBlock(help)],
            Actions = texts.Examples.Take(2).Select(example => (AdaptiveAction)new AdaptiveSubmitAction
            {
                Title = example,
                Data = TeamsCardAction.Typed(example),
            }).ToList(),
        };
        return new CardReply(card, texts.Help.Split('\n')[0]);
    }
}
