using Microsoft.Extensions.Options;
using ResBot.Bot.Storage;

namespace ResBot.Bot.Channels.Slack.Installation;

/// <summary>Which bot token speaks for a workspace: its OAuth installation, else the configured `Slack:BotToken`.</summary>
internal sealed class SlackTokenSource(ISlackInstallationStore store, SlackTokenProtector protector, IOptions<SlackOptions> options, ILogger<SlackTokenSource> logger)
{
    public async Task<string?> GetBotTokenAsync(string? teamId, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(teamId))
        {
            var installation = await store.GetSlackInstallationAsync(teamId, cancellationToken);
            if (installation is not null)
            {
                var token = protector.TryUnprotect(installation.EncryptedBotToken);
                if (token is not null)
                    return token;
                logger.LogWarning("The stored Slack token of team {TeamId} cannot be decrypted (Data Protection keys changed?); reinstall the app there", teamId);
            }
        }
        return string.IsNullOrWhiteSpace(options.Value.BotToken) ? null : options.Value.BotToken;
    }
}
