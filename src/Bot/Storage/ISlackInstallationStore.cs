namespace ResBot.Bot.Storage;

/// <summary>Slack workspaces that installed the app, with their (already encrypted) tokens.</summary>
public interface ISlackInstallationStore
{
    /// <summary>Stores a workspace's installation; the token arrives already encrypted by the caller.</summary>
    Task SaveSlackInstallationAsync(SlackInstallation installation, CancellationToken cancellationToken = default);

    Task<SlackInstallation?> GetSlackInstallationAsync(string teamId, CancellationToken cancellationToken = default);
}
