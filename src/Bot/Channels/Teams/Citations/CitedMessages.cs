using ResBot.Bot.Channels.Teams.Activities;

namespace ResBot.Bot.Channels.Teams.Citations;

/// <summary>
/// Where answers go out as Teams' AI message (citation pills, AI label, feedback) instead of the card: the personal
/// and group chats Microsoft documents these for. Channels, and conversations of a kind Teams did not name, keep the card.
/// </summary>
internal static class CitedMessages
{
    public const string GroupChat = "groupChat";

    public static bool Suit(Activity inbound) =>
        inbound.Conversation?.ConversationType is ConversationAccount.Personal or GroupChat;
}
