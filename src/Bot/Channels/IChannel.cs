namespace ResBot.Bot.Channels;

/// <summary>
/// A channel as a host wires it: one per folder under `Channels/`, listed once in Hosting's <c>ResBotChannels</c>.
/// Nothing else names a channel: the conversation, digests and storage reach it only through what it registers
/// (<see cref="Conversations.IChannelSubscriptions"/> for its part in a subscription, <see cref="Digests.IDigestSender"/>
/// for posting a digest to it).
/// </summary>
public interface IChannel
{
    /// <summary>
    /// What any host needs to post to the channel without listening on it (`resbot digest run` as much as `serve`): its
    /// options, its outbound client and its digest sender. Safe to call more than once.
    /// </summary>
    void AddSending(IServiceCollection services);

    /// <summary>What `serve` adds to listen on the channel: its endpoints' services, handlers and start-up checks.</summary>
    void AddReceiving(WebApplicationBuilder builder);

    void MapEndpoints(WebApplication app);
}
