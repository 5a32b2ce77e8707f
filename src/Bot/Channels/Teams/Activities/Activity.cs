using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Teams.Activities;

/// <summary>
/// A Bot Framework activity, reduced to the fields ResBot reads or writes. Unknown fields of the accounts and the
/// conversation travel through untouched, so replies carry what the channel sent.
/// </summary>
public sealed record Activity
{
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("timestamp")] public DateTimeOffset? Timestamp { get; init; }
    [JsonPropertyName("serviceUrl")] public string? ServiceUrl { get; init; }
    [JsonPropertyName("channelId")] public string? ChannelId { get; init; }
    [JsonPropertyName("from")] public ChannelAccount? From { get; init; }
    [JsonPropertyName("recipient")] public ChannelAccount? Recipient { get; init; }
    [JsonPropertyName("conversation")] public ConversationAccount? Conversation { get; init; }
    [JsonPropertyName("replyToId")] public string? ReplyToId { get; init; }
    [JsonPropertyName("locale")] public string? Locale { get; init; }
    [JsonPropertyName("localTimezone")] public string? LocalTimezone { get; init; }
    [JsonPropertyName("text")] public string? Text { get; init; }
    [JsonPropertyName("textFormat")] public string? TextFormat { get; init; }
    [JsonPropertyName("summary")] public string? Summary { get; init; }
    [JsonPropertyName("inputHint")] public string? InputHint { get; init; }

    /// <summary>installationUpdate: "add", "remove", "add-upgrade", "remove-upgrade".</summary>
    [JsonPropertyName("action")] public string? Action { get; init; }

    [JsonPropertyName("membersAdded")] public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    [JsonPropertyName("membersRemoved")] public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }
    [JsonPropertyName("entities")] public IReadOnlyList<Entity>? Entities { get; init; }
    [JsonPropertyName("attachmentLayout")] public string? AttachmentLayout { get; init; }
    [JsonPropertyName("attachments")] public IReadOnlyList<Attachment>? Attachments { get; init; }

    /// <summary>Action.Submit data (on a message) or the invoke payload.</summary>
    [JsonPropertyName("value")] public JsonElement? Value { get; init; }

    /// <summary>Teams' channel data (tenant, team, channel), passed through.</summary>
    [JsonPropertyName("channelData")] public JsonElement? ChannelData { get; init; }
}
