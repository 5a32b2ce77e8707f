using ResBot.Bot.Channels.Teams.Activities;

namespace ResBot.Bot.Channels.Teams.Connector;

/// <summary>Addresses a reply the way the Bot Framework expects: accounts swapped, same conversation, replyToId set.</summary>
internal static class Replies
{
    public static Activity Address(Activity inbound, Activity reply) => reply with
    {
        ServiceUrl = inbound.ServiceUrl,
        ChannelId = inbound.ChannelId,
        From = inbound.Recipient,
        Recipient = inbound.From,
        Conversation = inbound.Conversation,
        ReplyToId = inbound.Id,
        Locale = reply.Locale ?? inbound.Locale,
    };
}
