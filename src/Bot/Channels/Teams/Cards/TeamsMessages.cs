using ResBot.Bot.Channels.Teams.Activities;

namespace ResBot.Bot.Channels.Teams.Cards;

/// <summary>Message activities built from cards: what replies and digests send.</summary>
public static class TeamsMessages
{
    public static Activity FromCard(CardReply reply) => new()
    {
        Type = ActivityTypes.Message,
        Summary = reply.Summary,
        Locale = reply.Card.Lang,
        Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardType, Content = reply.Card }],
    };
}
