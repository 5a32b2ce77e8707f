namespace ResBot.Bot.Storage;

/// <summary>What the store made of inbound work it was asked to queue.</summary>
public enum InboundEnqueueResult
{
    /// <summary>Written durably (at least one item): it may be acknowledged, and will be answered.</summary>
    Queued,

    /// <summary>Every item's idempotency key was already recorded (a retry): acknowledge, answer nothing.</summary>
    Duplicate,

    /// <summary>The queue holds its capacity of pending work: nothing was written, refuse so the sender retries.</summary>
    Full,
}
