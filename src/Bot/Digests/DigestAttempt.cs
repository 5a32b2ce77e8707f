using ResBot.Bot.Storage;

namespace ResBot.Bot.Digests;

/// <summary>One attempt at sending a conversation's digest.</summary>
/// <param name="Keys">The deliveries the message carries (one per subscription section).</param>
/// <param name="FiresAt">When the earliest of them fired: no earlier attempt can have been sent before.</param>
/// <param name="MayHaveBeenSent">An earlier attempt ended without an answer (an unknown outcome, a crash mid-send).</param>
public sealed record DigestAttempt(IReadOnlyList<DeliveryKey> Keys, DateTimeOffset FiresAt, bool MayHaveBeenSent)
{
    /// <summary>Our id for one delivery, as written into a Slack message's metadata.</summary>
    public static string DeliveryId(DeliveryKey key) => $"digest-{key.SubscriptionId}-{key.LocalDate:yyyy-MM-dd}";
}
