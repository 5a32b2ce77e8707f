using Microsoft.Extensions.Options;

namespace ResBot.Bot.Teams;

/// <summary>Says at start-up how /api/messages will treat requests, loudly when it accepts them unauthenticated.</summary>
internal sealed class TeamsStartupCheck(IOptions<TeamsOptions> options, ILogger<TeamsStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.AcceptsUnauthenticated)
            logger.LogWarning("Teams:AppId is empty and Teams:AllowUnauthenticated is true: /api/messages accepts UNAUTHENTICATED requests "
                + "and replies without a token. Use this only with a local emulator.");
        else if (!settings.HasCredentials)
            logger.LogInformation("Teams is not configured (no Teams:AppId): /api/messages refuses every request with 401");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
