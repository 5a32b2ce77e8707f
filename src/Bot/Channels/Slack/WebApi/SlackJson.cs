using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Slack.WebApi;

/// <summary>How every Slack payload is written: no nulls, and Arabic left readable rather than \u-escaped.</summary>
internal static class SlackJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Slack payloads are JSON, never embedded in HTML, so the HTML-safe default escaping only bloats them.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
