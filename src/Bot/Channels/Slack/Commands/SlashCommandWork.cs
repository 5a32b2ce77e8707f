namespace ResBot.Bot.Channels.Slack.Commands;

/// <summary>A slash command answered after its acknowledgement, as queued: where to post, and what to answer again.</summary>
/// <param name="ResponseUrl">The command's `response_url`.</param>
/// <param name="Text">What the user typed after `/resbot`.</param>
/// <param name="Token">Finds the answer this process already started, if it is the one that claims the work.</param>
internal sealed record SlashCommandWork(string ResponseUrl, string Text, string? TeamId, string ChannelId, string UserId, Guid Token);
