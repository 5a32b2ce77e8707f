using ResBot.Bot.Channels.Slack.Events;

namespace ResBot.Bot.Channels.Slack.Assistant;

/// <summary>A new assistant thread, as queued: its suggested prompts go to <see cref="Channel"/> and <see cref="ThreadTs"/>.</summary>
internal sealed record SlackAssistantThreadWork(string? TeamId, string User, string Channel, string ThreadTs)
{
    /// <summary>The thread an `assistant_thread_started` event opened; null for any other event or one missing its ids.</summary>
    public static SlackAssistantThreadWork? Started(SlackEventEnvelope envelope) =>
        envelope.Event is { Type: SlackEvent.AssistantThreadStarted, AssistantThread: { UserId.Length: > 0, ChannelId.Length: > 0, ThreadTs.Length: > 0 } thread }
            ? new SlackAssistantThreadWork(envelope.TeamId, thread.UserId!, thread.ChannelId!, thread.ThreadTs!)
            : null;
}
