using ResBot.Bot.Conversations;
using ResBot.Bot.Digests;
using Microsoft.Extensions.Options;
using ResBot.Bot.Channels.Slack.WebApi;
using ResBot.Bot.Storage;

namespace ResBot.Bot.Channels.Slack.Digests;

/// <summary>`chat.postMessage` to the subscribed channel with its workspace's token (through the Slack channel's Web API client).</summary>
internal sealed class SlackDigestSender(ISlackApiClient slack, IOptions<SlackOptions> options) : IDigestSender
{
    public Platform Platform => Platform.Slack;

    public string? Unconfigured => string.IsNullOrWhiteSpace(options.Value.BotToken) && !options.Value.OAuthEnabled
        ? "neither Slack:BotToken nor Slack:ClientId/ClientSecret is configured"
        : null;

    public bool CanTellIfSent => true;

    public async Task<DeliveryResult> SendAsync(ConversationReference conversation, Digest digest, DigestAttempt attempt, CancellationToken cancellationToken)
    {
        // The message carries its deliveries' ids; an attempt after one that may have arrived reads the channel back first.
        var key = new SlackDeliveryKey(attempt.Keys.Select(DigestAttempt.DeliveryId).ToList(), attempt.FiresAt.AddMinutes(-5), attempt.MayHaveBeenSent);
        var result = await slack.PostMessageOnceAsync(conversation.TenantId, conversation.ConversationId,
            SlackDigestBlocks.Render(digest), DigestPlainText.Summary(digest), threadTs: null, key, cancellationToken);
        return result.Error switch
        {
            SlackApiError.None => new DeliveryResult.Sent(result.Ts ?? "ok"),
            SlackApiError.OutcomeUnknown => new DeliveryResult.Ambiguous(result.ErrorCode ?? "outcome_unknown"),
            // The client already waited out Retry-After a few times; later ticks keep trying with backoff.
            SlackApiError.RateLimited or SlackApiError.Unavailable or SlackApiError.Other => new DeliveryResult.Transient(null, result.ErrorCode ?? result.Error.ToString()),
            // Gone, archived, not a member, uninstalled or revoked, no token, wrong scopes: nothing changes until a person acts.
            _ => new DeliveryResult.Permanent(result.ErrorCode ?? result.Error.ToString()),
        };
    }
}
