using System.Text.Json;
using System.Text.Json.Serialization;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Slack.Answering;

/// <summary>
/// How to produce an answer again: carried in a button's value, so "share", "show in French",
/// "authoritative Arabic text", "whole resolution" and "more" need no server-side state.
/// Short property names because a button value holds at most 2,000 characters.
/// </summary>
public sealed record AnswerRequest(
    [property: JsonPropertyName("k")] AnswerRequestKind Kind,
    [property: JsonPropertyName("l")] string? Language,
    [property: JsonPropertyName("q")] string? Question = null,
    [property: JsonPropertyName("r")] string? Resolution = null,
    [property: JsonPropertyName("p")] IReadOnlyList<string>? Paragraphs = null,
    [property: JsonPropertyName("s")] int Skip = 0,
    [property: JsonPropertyName("pr")] string? Prior = null)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A question; <paramref name="prior"/> (the user's chosen language) tips the core's language detection.</summary>
    public static AnswerRequest Ask(string question, Language? prior) => new(AnswerRequestKind.Ask, null, question, Prior: prior?.Code());

    /// <summary>The answer language, when one was asked for.</summary>
    [JsonIgnore]
    public Language? ForcedLanguage => LanguageCodes.TryParse(Language, out var language) ? language : null;

    [JsonIgnore]
    public Language? LocalePrior => LanguageCodes.TryParse(Prior, out var language) ? language : null;

    public AnswerRequest In(Language language) => this with { Language = language.Code(), Skip = 0 };

    public string ToValue() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a button value back; null when it is not one of ours.</summary>
    public static AnswerRequest? FromValue(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        try
        {
            var request = JsonSerializer.Deserialize<AnswerRequest>(value, Json);
            return request is { Skip: >= 0 } && IsComplete(request) ? request : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsComplete(AnswerRequest request) => request.Kind switch
    {
        AnswerRequestKind.Ask => !string.IsNullOrWhiteSpace(request.Question),
        AnswerRequestKind.Paragraphs => !string.IsNullOrWhiteSpace(request.Resolution) && request.Paragraphs is { Count: > 0 },
        AnswerRequestKind.Resolution => !string.IsNullOrWhiteSpace(request.Resolution),
        _ => false,
    };
}
