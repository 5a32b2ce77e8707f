namespace ResBot.Bot.Digests;

/// <summary>What a platform answered to a digest.</summary>
public abstract record DeliveryResult
{
    private DeliveryResult()
    {
    }

    /// <summary>Accepted; <paramref name="MessageId"/> is the platform's id (Teams activity id, Slack `ts`).</summary>
    public sealed record Sent(string MessageId) : DeliveryResult;

    /// <summary>Not delivered; try again later: 429, 503, no connection. <paramref name="RetryAfter"/> is the platform's hint, if it gave one.</summary>
    public sealed record Transient(TimeSpan? RetryAfter, string Reason) : DeliveryResult;

    /// <summary>
    /// The platform may have taken it, but no answer said so (a timeout, a connection reset, a 500). Resent only by a sender
    /// that can first check whether it arrived (<see cref="IDigestSender.CanTellIfSent"/>).
    /// </summary>
    public sealed record Ambiguous(string Reason) : DeliveryResult;

    /// <summary>Will never work as things stand: the app was removed, the channel is gone, writes are blocked.</summary>
    public sealed record Permanent(string Reason) : DeliveryResult;
}
