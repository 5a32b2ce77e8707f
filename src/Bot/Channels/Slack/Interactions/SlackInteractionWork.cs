namespace ResBot.Bot.Channels.Slack.Interactions;

/// <summary>The buttons of one interaction, as queued: each answer goes to the interaction's `response_url`.</summary>
internal sealed record SlackInteractionWork(string ResponseUrl, string? TeamId, string? ChannelId, string? UserId, IReadOnlyList<SlackButtonWork> Buttons);

/// <summary>One pressed button: share in the channel, or show privately, the answer <paramref name="Action"/> gives.</summary>
internal sealed record SlackButtonWork(bool Share, string Action);
