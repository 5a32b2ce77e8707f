using System.Diagnostics;

namespace ResBot.Bot.Telemetry;

/// <summary>
/// The names operators configure collectors with: one activity source for the spans ResBot makes itself (an answer,
/// a send, a queued Slack request), one meter for answers and deliveries beside the generative meter.
/// </summary>
public static class ResBotTelemetry
{
    public const string SourceName = "ResBot";
    public const string MeterName = "ResBot";

    public static readonly ActivitySource Source = new(SourceName, typeof(ResBotTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>The channel a caller named with IGenerativeUserContext ("msteams:…", "slack:…": the platform names the store uses); the command line names none.</summary>
    public static string ChannelOf(string? userKey) =>
        userKey is not null && userKey.IndexOf(':') is > 0 and var colon ? userKey[..colon] : "cli";
}
