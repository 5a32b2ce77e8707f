using System.Text.Json;
using ResBot.Bot.Channels.Teams.Activities;

namespace ResBot.Bot.Channels.Teams.Conversation;

/// <summary>What an inbound activity says about where it was sent from and who sent it, beyond its plain fields.</summary>
internal static class TeamsConversations
{
    public const string ChannelType = "channel";

    /// <summary>
    /// The conversation a subscription belongs to. In a channel Teams addresses the thread
    /// ("19:…@thread.tacv2;messageid=…"); a digest belongs to the channel itself, whose id is channelData.channel.id
    /// (the same id without ";messageid="), and posting there starts a new thread. Elsewhere, the chat.
    /// </summary>
    public static string? SubscriptionConversationId(Activity activity)
    {
        if (activity.Conversation?.Id is not { } id)
            return null;
        if (activity.Conversation.ConversationType != ChannelType)
            return id;
        if (StringAt(activity.ChannelData, "channel", "id") is { Length: > 0 } channel)
            return channel;
        var thread = id.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return thread > 0 ? id[..thread] : id;
    }

    /// <summary>
    /// The sender's IANA time zone: the activity's `localTimezone`, else the `timezone` of its `clientInfo` entity
    /// (Teams sends both for messages typed in a client); null when neither names a zone this machine knows.
    /// </summary>
    public static string? UserTimeZone(Activity activity)
    {
        var candidates = new[] { activity.LocalTimezone }
            .Concat(activity.Entities?.Where(e => e.Type == Entity.ClientInfoType).Select(e => e.Timezone) ?? []);
        return candidates.FirstOrDefault(zone => !string.IsNullOrWhiteSpace(zone) && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _));
    }

    /// <summary>Teams puts the tenant in channelData.tenant.id; conversation.tenantId is not always set.</summary>
    public static string? TenantId(Activity activity) =>
        activity.Conversation?.TenantId ?? StringAt(activity.ChannelData, "tenant", "id");

    private static string? StringAt(JsonElement? channelData, string objectName, string property) =>
        channelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty(objectName, out var inner) && inner.ValueKind == JsonValueKind.Object
        && inner.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
