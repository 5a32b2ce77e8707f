using ResBot.Bot.Conversations;
using ResBot.Bot.Slack.Blocks;

namespace ResBot.Bot.Slack.Answering;

/// <summary>A Slack turn through the conversation, drawn as the message to post. Never throws for a failed answer.</summary>
internal sealed class SlackConversation(ConversationService conversation)
{
    /// <param name="shareable">The reply is private and gets a "share in channel" button.</param>
    public async Task<SlackMessage> ReplyAsync(Turn turn, bool shareable, CancellationToken cancellationToken) =>
        SlackReplies.Message(await conversation.HandleAsync(turn, working: null, cancellationToken), shareable);
}
