namespace ResBot.Bot.Storage;

/// <summary>What the store made of an inbound request it was asked to queue.</summary>
public enum InboundEnqueueResult
{
    /// <summary>Written durably: it may be acknowledged, and will be answered.</summary>
    Queued,

    /// <summary>Its Slack event id was already queued (a retry): acknowledge, answer nothing.</summary>
    Duplicate,

    /// <summary>The queue holds its capacity of pending work: nothing was written, refuse so the sender retries.</summary>
    Full,
}
