using ResBot.Bot.Telemetry;
using Activity = ResBot.Bot.Channels.Teams.Activities.Activity;
using ResBot.Bot.Storage;
using ResBot.Bot.Conversations;

namespace ResBot.Bot.Channels.Teams.Connector;

/// <summary>A `resbot.send` span and the `resbot.deliveries` metrics around every activity posted to the Bot Connector.</summary>
internal sealed class InstrumentedBotConnector(IBotConnector inner, ResBotMetrics metrics) : IBotConnector
{
    private static readonly string Channel = Platform.Teams.Id;

    public Task<ConnectorResult> ReplyAsync(Activity inbound, Activity reply, CancellationToken cancellationToken = default) =>
        SendAsync("reply", () => inner.ReplyAsync(inbound, reply, cancellationToken));

    public Task<ConnectorResult> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync("send", () => inner.SendAsync(reference, activity, cancellationToken));

    private Task<ConnectorResult> SendAsync(string operation, Func<Task<ConnectorResult>> send) =>
        DeliverySpan.MeasureAsync(metrics, Channel, operation, send,
            result => result.Outcome == ConnectorOutcome.Sent ? DeliverySpan.Sent : result.Outcome.ToString().ToLowerInvariant());
}
