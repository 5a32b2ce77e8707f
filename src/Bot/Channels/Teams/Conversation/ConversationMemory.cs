using ResBot.Bot.Storage;
using ResBot.Bot.Channels.Teams.Activities;
using ResBot.Bot.Channels.Teams.Connector;
using ResBot.Bot.Conversations;

namespace ResBot.Bot.Channels.Teams.Conversation;

/// <summary>
/// Keeps the store's conversation references current (digests write to them later). A store failure is logged and
/// never stops the bot from answering.
/// </summary>
internal sealed class ConversationMemory(IConversationStore store, ILogger<ConversationMemory> logger)
{
    public Task RememberAsync(Activity activity, CancellationToken cancellationToken) =>
        activity.Conversation?.Id is { } conversationId ? RememberAsync(activity, conversationId, cancellationToken) : Task.CompletedTask;

    /// <summary>
    /// Remembers <paramref name="conversationId"/> as reachable the way <paramref name="activity"/> came: a channel a
    /// subscription belongs to is written to at its own id, not at the thread the command was typed in.
    /// </summary>
    public async Task RememberAsync(Activity activity, string conversationId, CancellationToken cancellationToken)
    {
        if (activity.ServiceUrl is null)
            return;
        var arrived = new ConversationReference(
            Platform: Platform.Teams.Id,
            ConversationId: conversationId,
            ServiceUrl: activity.ServiceUrl,
            TenantId: TeamsConversations.TenantId(activity),
            BotId: activity.Recipient?.Id,
            Locale: activity.Locale,
            TimeZone: TeamsConversations.UserTimeZone(activity));
        try
        {
            // Merged with what is stored, as Slack does: an activity that lacks a field (most carry no localTimezone)
            // keeps the stored value, and a conversation spoken in again is active again. Unchanged: nothing written.
            var known = await store.GetConversationAsync(Platform.Teams.Id, conversationId, cancellationToken);
            var reference = known is null
                ? arrived
                : known with
                {
                    ServiceUrl = arrived.ServiceUrl,
                    TenantId = arrived.TenantId ?? known.TenantId,
                    BotId = arrived.BotId ?? known.BotId,
                    Locale = arrived.Locale ?? known.Locale,
                    TimeZone = arrived.TimeZone ?? known.TimeZone,
                    Active = true,
                };
            if (reference != known)
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
            await store.RemoveConversationAsync(Platform.Teams.Id, conversationId, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Could not remove the reference of conversation {Conversation}", conversationId);
        }
    }
}
