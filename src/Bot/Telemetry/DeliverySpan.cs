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

    /// <summary>
    /// Runs one send inside its span and records it in the `resbot.deliveries` metrics; <paramref name="outcomeOf"/>
    /// names a result (<see cref="Sent"/> when it was delivered). A send that throws is recorded as "exception".
    /// </summary>
    public static async Task<T> MeasureAsync<T>(
        ResBotMetrics metrics, string channel, string operation, Func<Task<T>> send, Func<T, string> outcomeOf)
    {
        var started = Stopwatch.GetTimestamp();
        using var span = Start(channel, operation);
        var outcome = "exception";
        try
        {
            var result = await send();
            outcome = outcomeOf(result);
            return result;
        }
        finally
        {
            End(span, outcome);
            metrics.Delivered(channel, operation, outcome, Stopwatch.GetElapsedTime(started));
        }
    }

    public static void End(Activity? span, string outcome)
    {
        if (span is null)
            return;
        span.SetTag("resbot.delivery.outcome", outcome);
        if (outcome != Sent)
            span.SetStatus(ActivityStatusCode.Error, outcome);
    }
}
