namespace ResBot.Bot.Channels.Slack.WebApi;

/// <summary>
/// What makes a chat.postMessage safe to attempt again (<see cref="ISlackApiClient.PostMessageOnceAsync"/>).
/// </summary>
/// <param name="DeliveryIds">Our ids for what the message delivers (a queued event, the digests it carries); written into its metadata.</param>
/// <param name="NotBefore">No earlier attempt can have been posted before this instant: how far back the conversation is read.</param>
/// <param name="MayHaveBeenPosted">An earlier attempt ended without a clear answer (an unknown outcome, a crash mid-send): read the conversation first.</param>
public sealed record SlackDeliveryKey(IReadOnlyList<string> DeliveryIds, DateTimeOffset NotBefore, bool MayHaveBeenPosted);
