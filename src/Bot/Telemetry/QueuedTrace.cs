using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ResBot.Bot.Telemetry;

/// <summary>
/// Carries a trace across the Slack inbound queue: the endpoint that queues work writes its span's W3C
/// `traceparent` at the head of the queued JSON, and the worker that answers it (on any replica, after a restart)
/// continues that trace. Handlers ignore the extra property; nothing is written while tracing is off.
/// </summary>
internal static partial class QueuedTrace
{
    private const string Property = "\"traceparent\":\"";

    /// <summary><paramref name="json"/> (a JSON object) with the current span's traceparent in front, when one is recorded.</summary>
    public static string Attach(string json)
    {
        if (!ResBotTelemetry.Source.HasListeners() || Activity.Current is not { IdFormat: ActivityIdFormat.W3C } current
            || json.Length < 2 || json[0] != '{')
            return json;
        return "{" + Property + current.Id + "\"" + (json.Length > 2 ? "," : "") + json[1..];
    }

    /// <summary>The `resbot.slack.work` span for queued work, a child of the request that queued it when it says which.</summary>
    public static Activity? StartWork(string kind, string json, int attempt)
    {
        var parent = TraceParent().Match(json) is { Success: true } match ? match.Groups[1].Value : null;
        return ResBotTelemetry.Source.StartActivity("resbot.slack.work", ActivityKind.Consumer, parent)
            ?.SetTag("resbot.work.kind", kind)
            .SetTag("resbot.work.attempt", attempt);
    }

    [GeneratedRegex("""^\{"traceparent":"(00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2})"[,}]""")]
    private static partial Regex TraceParent();
}
