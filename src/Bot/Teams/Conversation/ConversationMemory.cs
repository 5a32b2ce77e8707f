using System.Text.Json;
using ResBot.Bot.Storage;
using ResBot.Bot.Teams.Activities;
using ResBot.Bot.Teams.Connector;

namespace ResBot.Bot.Teams.Conversation;

/// <summary>
/// Keeps the store's conversation references current (digests write to them later). A store failure is logged and
/// never stops the bot from answering.
/// </summary>
internal sealed class ConversationMemory(IBotStore store, ILogger<ConversationMemory> logger)
{
    public async Task RememberAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Conversation?.Id is not { } conversationId || activity.ServiceUrl is null)
            return;
        var reference = new ConversationReference(
            Platform: BotConnectorClient.Platform,
            ConversationId: conversationId,
            ServiceUrl: activity.ServiceUrl,
            TenantId: activity.Conversation.TenantId ?? TenantFromChannelData(activity.ChannelData),
            BotId: activity.Recipient?.Id,
            Locale: activity.Locale,
            TimeZone: activity.LocalTimezone);
        try
        {
            await store.SaveConversationAsync(reference, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Could not save the reference of conversation {Conversation}", conversationId);
        }
    }

    public async Task ForgetAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Conversation?.Id is not { } conversationId)
            return;
        try
        {
            await store.RemoveConversationAsync(BotConnectorClient.Platform, conversationId, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Could not remove the reference of conversation {Conversation}", conversationId);
        }
    }

    /// <summary>Teams puts the tenant in channelData.tenant.id; conversation.tenantId is not always set.</summary>
    private static string? TenantFromChannelData(JsonElement? channelData) =>
        channelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
        && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
}
