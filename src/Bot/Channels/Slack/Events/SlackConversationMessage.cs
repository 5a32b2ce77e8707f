namespace ResBot.Bot.Channels.Slack.Events;

/// <summary>A message the bot should answer: where, in which thread, from whom, and what it says.</summary>
/// <param name="ThreadTs">The thread to answer in; null to answer in the conversation itself (direct messages).</param>
/// <param name="InAssistantThread">
/// A direct message written in a thread: in the app's assistant container every conversation is a thread, so the
/// answer also shows Slack's assistant status and titles the thread.
/// </param>
public sealed record SlackConversationMessage(string? TeamId, string Channel, string? ThreadTs, string User, string Text, bool InAssistantThread = false)
{
    /// <summary>
    /// The message to answer in an event, or null when the bot must stay silent: other kinds of event,
    /// its own messages and other bots' (no loops), and subtypes (edits, joins, deletions…).
    /// </summary>
    public static SlackConversationMessage? From(SlackEventEnvelope envelope)
    {
        if (envelope.Event is not { } e || string.IsNullOrEmpty(e.Channel) || string.IsNullOrEmpty(e.User) || string.IsNullOrEmpty(e.Ts))
            return null;
        if (e.BotId is not null || e.Subtype is not null || e.User == envelope.BotUserId)
            return null;

        return e.Type switch
        {
            // A mention is answered in its thread: the thread it was posted in, or a new one under it.
            SlackEvent.AppMention => new SlackConversationMessage(envelope.TeamId, e.Channel, e.ThreadTs ?? e.Ts, e.User, e.Text ?? ""),
            // A direct message is answered in the conversation, or in its thread when it was written in one.
            SlackEvent.Message when e.ChannelType == SlackEvent.DirectMessageChannel =>
                new SlackConversationMessage(envelope.TeamId, e.Channel, e.ThreadTs, e.User, e.Text ?? "", InAssistantThread: e.ThreadTs is not null),
            _ => null,
        };
    }
}
