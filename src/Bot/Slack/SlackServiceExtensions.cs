namespace ResBot.Bot.Slack;

/// <summary>Wires the Slack channel.</summary>
public static class SlackServiceExtensions
{
    public static WebApplicationBuilder AddResBotSlack(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapResBotSlack(this WebApplication app) => app;
}
