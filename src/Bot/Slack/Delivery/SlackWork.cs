namespace ResBot.Bot.Slack.Delivery;

/// <summary>Work that outlives Slack's request: answering after the acknowledgement.</summary>
/// <param name="Description">What the work is, for the log (no user text, no URL).</param>
/// <param name="RunAsync">The work; cancelled when the host stops.</param>
internal sealed record SlackWork(string Description, Func<CancellationToken, Task> RunAsync);
