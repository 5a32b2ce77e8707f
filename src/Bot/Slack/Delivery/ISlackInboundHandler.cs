namespace ResBot.Bot.Slack.Delivery;

/// <summary>Answers one kind of queued Slack work (<see cref="SlackInbox"/>), from the payload its endpoint wrote.</summary>
internal interface ISlackInboundHandler
{
    /// <summary>The kind this handler answers, as stored with the work.</summary>
    string Kind { get; }

    /// <summary>Answers; an exception gives the work back to be retried after a delay.</summary>
    Task HandleAsync(string payload, CancellationToken cancellationToken);
}
