namespace ResBot.Bot.Teams;

/// <summary>Wires the Bot Framework (Teams) channel.</summary>
public static class TeamsServiceExtensions
{
    public static WebApplicationBuilder AddResBotTeams(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapResBotTeams(this WebApplication app) => app;
}
