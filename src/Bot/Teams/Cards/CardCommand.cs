using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResBot.Bot.Teams.Cards;

/// <summary>
/// What a ResBot button asks for. It travels inside the card and comes back from Teams on a press, so it is
/// read as untrusted input.
/// </summary>
public sealed record CardCommand
{
    /// <summary>Show clauses again, in <see cref="Language"/> (also "more" for clauses a card had no room for).</summary>
    public const string Show = "show";

    /// <summary>Show a whole resolution.</summary>
    public const string Resolution = "resolution";

    /// <summary>Ask <see cref="Question"/> (welcome-card examples outside Teams, where imBack does not exist).</summary>
    public const string Ask = "ask";

    /// <summary>Subscribe the conversation to a daily digest on <see cref="Question"/>, in <see cref="Language"/>.</summary>
    public const string Subscribe = "subscribe";

    [JsonPropertyName("resbot")] public required string Command { get; init; }

    /// <summary>"ar", "en" or "fr".</summary>
    [JsonPropertyName("language")] public string? Language { get; init; }
    [JsonPropertyName("groups")] public IReadOnlyList<ParagraphGroup>? Groups { get; init; }
    [JsonPropertyName("resolutionKey")] public string? ResolutionKey { get; init; }
    [JsonPropertyName("question")] public string? Question { get; init; }

    /// <summary>Teams: send the question as the user's own message (imBack) so it shows in the chat.</summary>
    [JsonPropertyName("msteams")] public TeamsImBack? Teams { get; init; }

    /// <summary>Reads a button's data; false for anything that is not a ResBot command.</summary>
    public static bool TryRead(JsonElement? value, out CardCommand command)
    {
        command = null!;
        if (value is not { ValueKind: JsonValueKind.Object } element
            || !element.TryGetProperty("resbot", out var kind) || kind.ValueKind != JsonValueKind.String)
            return false;
        try
        {
            var read = element.Deserialize<CardCommand>();
            if (read is null)
                return false;
            command = read;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
