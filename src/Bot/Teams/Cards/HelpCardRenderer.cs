using ResBot.Bot.Teams.Conversation;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Teams.Cards;

/// <summary>What the bot can do, in the language help was asked in.</summary>
internal static class HelpCardRenderer
{
    public static CardReply Render(Language language)
    {
        var texts = TeamsTexts.For(language);
        var card = new AdaptiveCard
        {
            Rtl = language.IsRightToLeft() ? true : null,
            Lang = language.Code(),
            FallbackText = texts.Help,
            Body = [new AdaptiveTextBlock("ResBot") { Size = "Medium", Weight = "Bolder" }, new AdaptiveTextBlock(texts.Help)],
            Actions = texts.Examples.Take(2).Select(example => (AdaptiveAction)new AdaptiveSubmitAction
            {
                Title = example,
                Data = new CardCommand { Command = CardCommand.Ask, Question = example, Teams = new TeamsImBack(example) },
            }).ToList(),
        };
        return new CardReply(card, texts.Help.Split('\n')[0]);
    }
}
