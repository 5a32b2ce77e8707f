namespace ResBot.Bot.Storage;

/// <summary>Where a (subscription, local date) delivery stands.</summary>
public enum DeliveryState
{
    /// <summary>Claimed by a replica, written before the send: being sent, or to be resolved after a crash.</summary>
    Pending,

    /// <summary>The platform accepted the message.</summary>
    Sent,

    /// <summary>Not sent on purpose: nothing new, or missed by more than a day.</summary>
    Skipped,

    /// <summary>The platform refused it for good, or retries ran out.</summary>
    Failed,
}
