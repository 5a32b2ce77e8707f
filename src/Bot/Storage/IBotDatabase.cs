namespace ResBot.Bot.Storage;

/// <summary>The database itself: its schema and whether it answers.</summary>
public interface IBotDatabase
{
    /// <summary>Creates or migrates the schema. Called once at start-up.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>True when the database answers (used by /readyz).</summary>
    Task<bool> IsReachableAsync(CancellationToken cancellationToken = default);
}
