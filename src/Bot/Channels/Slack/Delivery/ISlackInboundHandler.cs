using ResBot.Bot.Storage;

namespace ResBot.Bot.Channels.Slack.Delivery;

/// <summary>Answers one kind of queued Slack work (<see cref="SlackInbox"/>), from the payload its endpoint wrote.</summary>
internal interface ISlackInboundHandler
{
    /// <summary>The kind this handler answers, as stored with the work.</summary>
    string Kind { get; }

    /// <summary>
    /// Answers <paramref name="work"/> (its payload as its endpoint wrote it; its attempt number tells a first try from a
    /// retry). An exception gives the work back to be retried after a delay; cancellation means stop (shutdown, or the
    /// claim was lost to another replica).
    /// </summary>
    Task HandleAsync(InboundWork work, CancellationToken cancellationToken);
}
