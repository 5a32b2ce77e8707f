namespace ResBot.Bot.Storage;

/// <summary>The record of one digest delivery, written before the send and confirmed after.</summary>
/// <param name="Key">Subscription and local date.</param>
/// <param name="State">Pending, sent, skipped or failed.</param>
/// <param name="PlatformMessageId">The platform's id for the sent message, recorded the moment the platform answers.</param>
/// <param name="Attempts">How many times a replica claimed it for sending.</param>
/// <param name="LeaseUntil">A pending record is another replica's until then; after it, it may be claimed again.</param>
/// <param name="Note">Why it was skipped or failed, or the last transient error.</param>
/// <param name="ParagraphIds">The paragraphs the digest holds for this subscription ("document|resolution|paragraph").</param>
/// <param name="UpdatedAt">Last change.</param>
/// <param name="SendStartedAt">
/// When a send began and no answer came back yet (a crash mid-send, or an unknown outcome): the message may be in the
/// conversation, so it is not sent again without checking. Cleared when an attempt surely sent nothing.
/// </param>
public sealed record Delivery(
    DeliveryKey Key,
    DeliveryState State,
    string? PlatformMessageId,
    int Attempts,
    DateTimeOffset LeaseUntil,
    string? Note,
    IReadOnlyList<string> ParagraphIds,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SendStartedAt = null);
