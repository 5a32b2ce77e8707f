using System.Diagnostics;

namespace ResBot.Bot.Telemetry;

/// <summary>The `resbot.send` span both channels' senders open: which channel, which call, and how it went.</summary>
internal static class DeliverySpan
{
    public const string Sent = "sent";

    public static Activity? Start(string channel, string operation) =>
        ResBotTelemetry.Source.StartActivity("resbot.send", ActivityKind.Internal)
            ?.SetTag("resbot.channel", channel)
            .SetTag("resbot.operation", operation);

    public static void End(Activity? span, string outcome)
    {
        if (span is null)
            return;
        span.SetTag("resbot.delivery.outcome", outcome);
        if (outcome != Sent)
            span.SetStatus(ActivityStatusCode.Error, outcome);
    }
}
