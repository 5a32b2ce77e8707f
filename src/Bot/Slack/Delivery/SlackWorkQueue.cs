using System.Threading.Channels;

namespace ResBot.Bot.Slack.Delivery;

/// <summary>
/// Hands answers that miss Slack's 3-second acknowledgement to <see cref="SlackDeliveryService"/>, which runs them
/// in the background with error handling, instead of fire-and-forget tasks that die unobserved.
/// </summary>
internal sealed class SlackWorkQueue(ILogger<SlackWorkQueue> logger)
{
    // Bounded so a flood cannot exhaust memory; a full queue drops the work and says so in the log.
    private readonly Channel<SlackWork> _channel = Channel.CreateBounded<SlackWork>(new BoundedChannelOptions(1024)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    public bool TryEnqueue(SlackWork work)
    {
        if (_channel.Writer.TryWrite(work))
            return true;
        logger.LogError("Slack work queue full: dropped {Work}", work.Description);
        return false;
    }

    public IAsyncEnumerable<SlackWork> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
