using ResBot.Bot.Conversations;
using ResBot.Bot.Storage;

namespace ResBot.Bot.Digests;

/// <summary>
/// Posts a digest to one platform. Each channel registers its own (digests know no channel); the runner picks by
/// <see cref="Platform"/>.
/// </summary>
public interface IDigestSender
{
    /// <summary>The platform whose <see cref="ConversationReference.Platform"/> this sender posts to.</summary>
    Platform Platform { get; }

    /// <summary>
    /// Why this process cannot send to the platform at all (no token or credentials configured, as in a shell without
    /// serve's settings), or null. The runner then leaves that platform's subscriptions untouched instead of pausing them.
    /// </summary>
    string? Unconfigured => null;

    /// <summary>
    /// Whether the sender can find out if an earlier attempt arrived (Slack: the message's metadata, read back from the
    /// channel), and so may be asked to send again after <see cref="DeliveryResult.Ambiguous"/> or a crash mid-send.
    /// A sender that cannot (Teams) is never asked twice for the same digest: at most once.
    /// </summary>
    bool CanTellIfSent => false;

    /// <summary>
    /// Posts the digest. Long waits belong to the runner, which records them and retries on a later tick (surviving a
    /// restart), so a sender returns <see cref="DeliveryResult.Transient"/> rather than sleeping on a 429. When
    /// <see cref="DigestAttempt.MayHaveBeenSent"/>, a sender that <see cref="CanTellIfSent"/> checks first and answers
    /// <see cref="DeliveryResult.Sent"/> with the earlier message's id when it is there.
    /// </summary>
    Task<DeliveryResult> SendAsync(ConversationReference conversation, Digest digest, DigestAttempt attempt, CancellationToken cancellationToken);
}
