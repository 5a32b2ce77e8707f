using Microsoft.Extensions.Options;
using ResBot.Bot.Channels.Teams.Handlers;

namespace ResBot.Bot.Channels.Teams;

/// <summary>
/// Checks the route table at start-up, so a duplicate route stops the host rather than the first request, and says
/// how /api/messages will treat requests, loudly when it accepts them unauthenticated.
/// </summary>
internal sealed class TeamsStartupCheck(IServiceScopeFactory scopes, IOptions<TeamsOptions> options, ILogger<TeamsStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        using (var scope = scopes.CreateScope())
            ActivityRoutes.Build(scope.ServiceProvider.GetServices<IActivityHandler>());

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
