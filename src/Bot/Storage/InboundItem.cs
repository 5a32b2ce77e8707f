namespace ResBot.Bot.Storage;

/// <summary>One piece of inbound work to queue (<see cref="IBotStore.TryEnqueueInboundAsync"/>).</summary>
/// <param name="Kind">Which handler answers it (<c>slack.event</c>, <c>slack.command</c>, <c>slack.interaction</c>).</param>
/// <param name="Payload">What the handler needs to answer, as JSON.</param>
/// <param name="IdempotencyKey">
/// What makes a second delivery of the same work a duplicate (a Slack event id, one button press); recorded in the same
/// transaction as the row, so it is never recorded without the work, nor the work queued twice. Null: no deduplication.
/// </param>
/// <param name="HeldBy">
/// Queued already claimed (attempt 0) by the endpoint that is still trying to answer it inline, so no worker starts it
/// before the hold ends; if that endpoint dies, the work comes back when the hold runs out like any lease.
/// </param>
public sealed record InboundItem(string Kind, string Payload, string? IdempotencyKey = null, InboundHold? HeldBy = null);

/// <summary>Who holds newly queued work, and until when.</summary>
public sealed record InboundHold(string Claimant, DateTimeOffset Until);

/// <summary>What the store made of work it was asked to queue, and the ids of the rows it wrote (in the items' order, duplicates left out).</summary>
public sealed record InboundEnqueued(InboundEnqueueResult Result, IReadOnlyList<long> Ids);
