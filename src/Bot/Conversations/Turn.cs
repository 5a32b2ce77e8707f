using ResBot.Knowledge.Model;

namespace ResBot.Bot.Conversations;

/// <summary>
/// One thing a user said or pressed, as every channel hands it to <see cref="ConversationService"/>: who, where,
/// in which thread, their locale, and either the text (mentions and markup already removed) or a button's action.
/// </summary>
/// <param name="UserId">The platform's stable id for the user (Entra object id in Teams, Slack user id).</param>
/// <param name="ConversationId">The chat, channel or thread the reply goes to.</param>
/// <param name="ThreadId">A thread inside <paramref name="ConversationId"/> with a memory of its own (a Slack thread); null when none.</param>
/// <param name="Locale">The client's language, a prior for reading the text.</param>
public sealed record Turn(
    Platform Platform,
    string UserId,
    string ConversationId,
    string? ThreadId,
    Language? Locale,
    string Text,
    ConversationAction? Action = null)
{
    /// <summary>The workspace or tenant, when user ids are unique only within one (Slack).</summary>
    public string? TenantId { get; init; }

    /// <summary>Only the user sees the reply (a Slack slash command): what it was about stays the user's own.</summary>
    public bool Private { get; init; }

    /// <summary>
    /// The channel's own record of the turn (a Teams activity, a Slack origin), handed back only to that channel's
    /// hooks (<see cref="IChannelSubscriptions"/>); the conversation itself never reads it.
    /// </summary>
    public object? Origin { get; init; }

    /// <summary>Who asked, as the model's per-user budget and the preferences count them.</summary>
    public string UserKey => TenantId is null ? $"{Platform}:{UserId}" : $"{Platform}:{TenantId}:{UserId}";

    /// <summary>Where the follow-up memory of this turn lives: the conversation, its thread, or the user's private view of it.</summary>
    public string ContextKey
    {
        get
        {
            var key = ThreadId is null ? ConversationId : $"{ConversationId}#{ThreadId}";
            return Private ? $"{key}@{UserId}" : key;
        }
    }
}
