using System.Text.Json;
using System.Text.Json.Serialization;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Conversations;

/// <summary>
/// What a button asks for, on every channel: a Teams card's data and a Slack button's value are this record as
/// JSON. It travels to the client and comes back on a press, so it is read as untrusted input and needs no
/// server-side state. Not sealed: a channel may add transport fields (Teams' imBack) in a record of its own.
/// </summary>
public record ConversationAction
{
    /// <summary>Show clauses again (<see cref="Groups"/>), in <see cref="Language"/>: "show in French", "authoritative Arabic text", "more".</summary>
    public const string Show = "show";

    /// <summary>Show the whole resolution <see cref="ResolutionKey"/>.</summary>
    public const string Resolution = "resolution";

    /// <summary>Ask <see cref="Question"/>; with <see cref="Language"/>, answer in it.</summary>
    public const string Ask = "ask";

    /// <summary>Subscribe the conversation to a daily digest on <see cref="Question"/>, in <see cref="Language"/>.</summary>
    public const string Subscribe = "subscribe";

    /// <summary>A topic or question from a button is bounded like a typed one.</summary>
    public const int MaxQuestionLength = 2000;

    private const int MaxGroups = 20;
    private const int MaxParagraphsPerGroup = 200;

    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [JsonPropertyName("resbot")] public required string Kind { get; init; }

    /// <summary>"ar", "en" or "fr".</summary>
    [JsonPropertyName("language")] public string? Language { get; init; }
    [JsonPropertyName("groups")] public IReadOnlyList<ParagraphGroup>? Groups { get; init; }
    [JsonPropertyName("resolutionKey")] public string? ResolutionKey { get; init; }
    [JsonPropertyName("question")] public string? Question { get; init; }

    /// <summary>Start the same answer at this clause ("more" on a channel that pages by position).</summary>
    [JsonPropertyName("skip"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public int Skip { get; init; }

    [JsonIgnore]
    public Language? ChosenLanguage => LanguageCodes.TryParse(Language, out var language) ? language : null;

    public static ConversationAction ShowClauses(IReadOnlyList<ParagraphGroup> groups, Language language) =>
        new() { Kind = Show, Groups = groups, Language = language.Code() };

    public static ConversationAction WholeResolution(string resolutionKey, Language language) =>
        new() { Kind = Resolution, ResolutionKey = resolutionKey, Language = language.Code() };

    public static ConversationAction AskQuestion(string question, Language? language = null) =>
        new() { Kind = Ask, Question = question, Language = language?.Code() };

    public static ConversationAction SubscribeTo(string topic, Language language) =>
        new() { Kind = Subscribe, Question = topic, Language = language.Code() };

    /// <summary>The groups a client sent back, bounded: at most 20 resolutions of 200 paragraphs each, blanks dropped.</summary>
    [JsonIgnore]
    public IReadOnlyList<ParagraphGroup> BoundedGroups =>
        (Groups ?? []).Take(MaxGroups)
            .Where(g => g is not null && !string.IsNullOrWhiteSpace(g.Resolution) && g.Paragraphs is { Count: > 0 })
            .Select(g => g with { Paragraphs = g.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).Take(MaxParagraphsPerGroup).ToList() })
            .Where(g => g.Paragraphs.Count > 0)
            .ToList();

    /// <summary>True when the action says everything its kind needs (a subscription's topic is checked by the subscription).</summary>
    [JsonIgnore]
    public bool IsComplete => Skip >= 0 && Kind switch
    {
        Show => BoundedGroups.Count > 0,
        Resolution => !string.IsNullOrWhiteSpace(ResolutionKey),
        Ask => !string.IsNullOrWhiteSpace(Question),
        Subscribe => true,
        _ => false,
    };

    /// <summary>The same answer again from clause <paramref name="skip"/>.</summary>
    public ConversationAction From(int skip) => new()
    {
        Kind = Kind, Language = Language, Groups = Groups, ResolutionKey = ResolutionKey, Question = Question, Skip = skip,
    };

    public string ToValue() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a button's data back; null when it is not a ResBot action. Check <see cref="IsComplete"/> before acting on it.</summary>
    public static ConversationAction? Read(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } element
            || !element.TryGetProperty("resbot", out var kind) || kind.ValueKind != JsonValueKind.String)
            return null;
        try
        {
            return element.Deserialize<ConversationAction>(Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads a button value (Slack's string form) back; null when it is not a complete ResBot action.</summary>
    public static ConversationAction? FromValue(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        try
        {
            using var document = JsonDocument.Parse(value);
            return Read(document.RootElement) is { IsComplete: true } action ? action : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
