using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Slack.WebApi;

/// <summary>The envelope of every Web API answer, with the fields the bot reads.</summary>
internal sealed record SlackApiResponse(
    [property: JsonPropertyName("ok")] bool Ok,
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("ts")] string? Ts,
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("bot_user_id")] string? BotUserId,
    [property: JsonPropertyName("team")] SlackApiResponse.TeamInfo? Team,
    [property: JsonPropertyName("user")] SlackApiResponse.UserInfo? User = null,
    [property: JsonPropertyName("messages")] IReadOnlyList<SlackApiResponse.HistoryMessage>? Messages = null,
    [property: JsonPropertyName("response_metadata")] SlackApiResponse.Paging? ResponseMetadata = null)
{
    /// <summary>A message of conversations.history or conversations.replies, with the metadata the bot reads back.</summary>
    internal sealed record HistoryMessage(
        [property: JsonPropertyName("ts")] string? Ts,
        [property: JsonPropertyName("metadata")] SlackMessageMetadata? Metadata);

    internal sealed record Paging([property: JsonPropertyName("next_cursor")] string? NextCursor);

    internal sealed record UserInfo([property: JsonPropertyName("tz")] string? TimeZone);

    internal sealed record TeamInfo([property: JsonPropertyName("id")] string? Id, [property: JsonPropertyName("name")] string? Name);
}
