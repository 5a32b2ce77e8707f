using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Teams.Cards;

/// <summary>How ResBot writes Bot Framework JSON: nulls left out, Arabic written as is rather than \u-escaped.</summary>
internal static class TeamsJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Keeps Arabic text at 2 bytes a letter instead of 6, which matters against Teams' size limit.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static int Utf8Size<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options).Length;
}
