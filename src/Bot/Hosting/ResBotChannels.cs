using ResBot.Bot.Channels;
using ResBot.Bot.Channels.Slack;
using ResBot.Bot.Channels.Teams;

namespace ResBot.Bot.Hosting;

/// <summary>The only place that names the channels. A new channel is a folder under `Channels/` and a line here.</summary>
public static class ResBotChannels
{
    public static readonly IReadOnlyList<IChannel> All = [new TeamsChannel(), new SlackChannel()];

    /// <summary>Every channel's outbound side (client and digest sender), for hosts that only send, such as `resbot digest run`.</summary>
    public static IServiceCollection AddResBotChannelSending(this IServiceCollection services)
    {
        foreach (var channel in All)
            channel.AddSending(services);
        return services;
    }
}
