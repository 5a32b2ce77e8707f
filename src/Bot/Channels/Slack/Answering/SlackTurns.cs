using ResBot.Bot.Conversations;
using ResBot.Bot.Channels.Slack.Commands;
using ResBot.Bot.Channels.Slack.Events;

namespace ResBot.Bot.Channels.Slack.Answering;

/// <summary>What Slack sent as a channel-neutral <see cref="Turn"/>: the Slack end of the conversation.</summary>
internal static class SlackTurns
{
    /// <summary>`/resbot …`: answered privately, so its follow-up memory is the user's own in that channel.</summary>
    public static Turn Command(string? teamId, string channelId, string userId, string text) =>
        new(Platform.Slack, userId, channelId, ThreadId: null, Locale: null, SlackText.Clean(text))
        {
            TenantId = teamId,
            Private = true,
            Origin = new SlackOrigin(teamId, channelId, userId),
        };

    /// <summary>A mention or a direct message: each thread remembers its own last answer.</summary>
    public static Turn Message(SlackConversationMessage message) =>
        new(Platform.Slack, message.User, message.Channel, message.ThreadTs, Locale: null, SlackText.Clean(message.Text))
        {
            TenantId = message.TeamId,
            Origin = new SlackOrigin(message.TeamId, message.Channel, message.User),
        };

    /// <summary>A button under a private answer.</summary>
    public static Turn Press(string? teamId, string? channelId, string? userId, ConversationAction action) =>
        new(Platform.Slack, userId ?? "unknown", channelId ?? "", ThreadId: null, Locale: null, "", action)
        {
            TenantId = teamId,
            Private = true,
            Origin = channelId is null || userId is null ? null : new SlackOrigin(teamId, channelId, userId),
        };
}
