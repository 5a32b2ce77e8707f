using ResBot.Bot.Channels.Teams.Activities;
using ResBot.Bot.Channels.Teams.Connector;

namespace ResBot.Bot.Channels.Teams.Citations;

/// <summary>
/// "ResBot is typing…" for as long as an answer takes: Teams drops the indicator after a few seconds, so it is sent
/// again every <see cref="Period"/> (BotBuilder's ShowTypingMiddleware does the same) until disposed, at most
/// <see cref="MaxRepeats"/> times. A typing activity is one small POST, far below Teams' per-conversation rate limit.
/// </summary>
internal sealed class TypingIndicator : IAsyncDisposable
{
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(2);
    public const int MaxRepeats = 15;

    private readonly CancellationTokenSource _stop;
    private readonly Task _loop;

    private TypingIndicator(IBotConnector connector, Activity inbound, CancellationToken cancellationToken)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _loop = RepeatAsync(connector, inbound, _stop.Token);
    }

    /// <summary>Sends the first indicator before returning, so it precedes the answer.</summary>
    public static async Task<TypingIndicator> StartAsync(IBotConnector connector, Activity inbound, CancellationToken cancellationToken)
    {
        await connector.ReplyAsync(inbound, new Activity { Type = ActivityTypes.Typing }, cancellationToken);
        return new TypingIndicator(connector, inbound, cancellationToken);
    }

    private static async Task RepeatAsync(IBotConnector connector, Activity inbound, CancellationToken stop)
    {
        try
        {
            for (var i = 0; i < MaxRepeats; i++)
            {
                await Task.Delay(Period, stop);
                await connector.ReplyAsync(inbound, new Activity { Type = ActivityTypes.Typing }, stop);
            }
        }
        catch (OperationCanceledException)
        {
            // The answer is ready (or the host stops): no more indicators.
        }
    }

    /// <summary>Stops the indicators and waits for one in flight, so none arrives after the answer.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
