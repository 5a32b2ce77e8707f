namespace ResBot.Bot.Channels.Teams;

/// <summary>Microsoft Teams, through the Bot Framework: `POST /api/messages` in, the Bot Connector out.</summary>
public sealed class TeamsChannel : IChannel
{
    public void AddSending(IServiceCollection services) => services.AddResBotTeamsSending();

    public void AddReceiving(WebApplicationBuilder builder) => builder.AddResBotTeams();

    public void MapEndpoints(WebApplication app) => app.MapResBotTeams();
}
