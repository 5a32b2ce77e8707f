using ResBot.Bot.Digests;

namespace ResBot.Bot.Conversations;

/// <summary>
/// A channel's part in a digest subscription: which conversation the digest goes to (a Teams channel rather than
/// its thread), the user's time zone, and remembering how to reach that conversation later. One per platform.
/// </summary>
public interface IChannelSubscriptions
{
    Platform Platform { get; }

    /// <summary>The request to run <paramref name="command"/> for; null when the turn has nowhere a digest could go.</summary>
    Task<SubscriptionRequest?> PrepareAsync(Turn turn, SubscriptionCommand command, string text, CancellationToken cancellationToken);
}
