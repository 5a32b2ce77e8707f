namespace ResBot.Bot.Channels.Slack;

/// <summary>Slack: slash commands, events and interactions in (under `/api/slack`), the Web API out.</summary>
public sealed class SlackChannel : IChannel
{
    public void AddSending(IServiceCollection services) => services.AddResBotSlackSending();

    public void AddReceiving(WebApplicationBuilder builder) => builder.AddResBotSlack();

    public void MapEndpoints(WebApplication app) => app.MapResBotSlack();
}
