using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Slack.Events;

/// <summary>What the Events API posts: a `url_verification` challenge or an `event_callback` around one event.</summary>
public sealed record SlackEventEnvelope(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("challenge")] string? Challenge,
    [property: JsonPropertyName("team_id")] string? TeamId,
    [property: JsonPropertyName("event_id")] string? EventId,
    [property: JsonPropertyName("event")] SlackEvent? Event,
    [property: JsonPropertyName("authorizations")] IReadOnlyList<SlackEventAuthorization>? Authorizations)
{
    public const string UrlVerification = "url_verification";
    public const string EventCallback = "event_callback";

    /// <summary>The bot's own user id in this workspace, to ignore its own messages.</summary>
    [JsonIgnore]
    public string? BotUserId => Authorizations?.FirstOrDefault(a => a.IsBot)?.UserId;
}
