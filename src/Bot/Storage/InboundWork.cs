namespace ResBot.Bot.Storage;

/// <summary>One inbound request (a Slack event, slash command or button) waiting in the store to be answered.</summary>
/// <param name="Id">The row's id: the worker completes or releases it by this.</param>
/// <param name="Kind">Which handler answers it (<c>slack.event</c>, <c>slack.command</c>, <c>slack.interaction</c>).</param>
/// <param name="Payload">What the handler needs to answer, as JSON written by the endpoint that accepted it.</param>
/// <param name="Attempts">How many times a worker has claimed it, this claim included.</param>
/// <param name="ReceivedAt">When it was queued: nothing answering it can have been sent before.</param>
public sealed record InboundWork(long Id, string Kind, string Payload, int Attempts, DateTimeOffset ReceivedAt);
