using ResBot.Knowledge.Model;

namespace ResBot.Bot.Storage;

/// <summary>
/// All of the bot's state, behind one interface: SQLite by default, PostgreSQL when several replicas run.
/// </summary>
public interface IBotStore
{
    /// <summary>Creates or migrates the schema. Called once at start-up.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>True when the database answers (used by /readyz).</summary>
    Task<bool> IsReachableAsync(CancellationToken cancellationToken = default);

    Task SaveConversationAsync(ConversationReference reference, CancellationToken cancellationToken = default);

    Task<ConversationReference?> GetConversationAsync(string platform, string conversationId, CancellationToken cancellationToken = default);

    Task RemoveConversationAsync(string platform, string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Marks a conversation the bot may no longer write to (Teams 403 MessageWritesBlocked, Slack channel_not_found).</summary>
    Task SetConversationActiveAsync(string platform, string conversationId, bool active, CancellationToken cancellationToken = default);

    /// <summary>Records a Slack event id; false when it was already recorded (a retry: do not answer again).</summary>
    Task<bool> TryRecordSlackEventAsync(string eventId, DateTimeOffset receivedAt, CancellationToken cancellationToken = default);

    Task SetUserLanguageAsync(string platform, string userId, Language language, CancellationToken cancellationToken = default);

    Task<Language?> GetUserLanguageAsync(string platform, string userId, CancellationToken cancellationToken = default);

    /// <summary>Stores a workspace's installation; the token arrives already encrypted by the caller.</summary>
    Task SaveSlackInstallationAsync(SlackInstallation installation, CancellationToken cancellationToken = default);

    Task<SlackInstallation?> GetSlackInstallationAsync(string teamId, CancellationToken cancellationToken = default);
}
