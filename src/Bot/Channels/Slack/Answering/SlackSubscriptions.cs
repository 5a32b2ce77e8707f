using Microsoft.Extensions.Options;
using ResBot.Bot.Conversations;
using ResBot.Bot.Digests;
using ResBot.Bot.Channels.Slack.WebApi;
using ResBot.Bot.Storage;

namespace ResBot.Bot.Channels.Slack.Answering;

/// <summary>
/// Slack's part in a digest subscription: the channel it was typed in, the user's Slack time zone as the default,
/// and remembering the conversation (with its workspace) so the digest runner can post there later.
/// </summary>
internal sealed class SlackSubscriptions(IConversationStore store, ISlackApiClient slack, IOptions<SlackOptions> options) : IChannelSubscriptions
{
    public Platform Platform => Platform.Slack;

    public async Task<SubscriptionRequest?> PrepareAsync(Turn turn, SubscriptionCommand command, string text, CancellationToken cancellationToken)
    {
        if (turn.Origin is not SlackOrigin origin || origin.ChannelId.Length == 0)
            return null;
        // Only a subscription needs the user's time zone (its default), and it costs a Web API call.
        string? timeZone = null;
        if (command is SubscriptionCommand.Subscribe)
        {
            timeZone = await UserTimeZoneAsync(origin, cancellationToken);
            await RememberConversationAsync(origin, timeZone, cancellationToken);
        }
        return new SubscriptionRequest(Platform.Id, origin.ChannelId, origin.UserId, text, timeZone);
    }

    /// <summary>
    /// The user's time zone if Slack says so quickly: a slash command is acknowledged within 3 seconds, and the
    /// subscription falls back to the conversation's zone (else UTC) when it is not known.
    /// </summary>
    private async Task<string?> UserTimeZoneAsync(SlackOrigin origin, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Value.UserLookupBudget);
        try
        {
            return await slack.GetUserTimeZoneAsync(origin.TeamId, origin.UserId, deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>
    /// Digests go to the conversation the subscription was made in, with the workspace's token:
    /// the reference keeps the team id, and a conversation spoken in again is active again.
    /// </summary>
    private async Task RememberConversationAsync(SlackOrigin origin, string? timeZone, CancellationToken cancellationToken)
    {
        var known = await store.GetConversationAsync(Platform.Id, origin.ChannelId, cancellationToken);
        var reference = known is null
            ? new ConversationReference(Platform.Id, origin.ChannelId, null, origin.TeamId, null, null, timeZone)
            : known with { TenantId = origin.TeamId ?? known.TenantId, TimeZone = timeZone ?? known.TimeZone, Active = true };
        await store.SaveConversationAsync(reference, cancellationToken);
    }
}
