using Microsoft.Extensions.DependencyInjection.Extensions;
using ResBot.Bot.Digests.Senders;
using ResBot.Bot.Slack;
using ResBot.Bot.Teams;
using ResBot.Bot.Teams.Authentication;

namespace ResBot.Bot.Digests;

/// <summary>Wires daily digests.</summary>
public static class DigestServiceExtensions
{
    // One attempt per tick, bounded: a digest that times out is retried on a later tick with backoff recorded in
    // storage (surviving restarts and shared by replicas), so the clients have no retry handler of their own.
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Digests in `serve`: subscription commands for the channels, the senders, and the minute tick.</summary>
    public static WebApplicationBuilder AddResBotDigests(this WebApplicationBuilder builder)
    {
        builder.Services.AddResBotDigestServices();
        builder.Services.AddHostedService<DigestBackgroundService>();
        return builder;
    }

    /// <summary>Everything but the tick, for `serve` and for `resbot digest run|preview`.</summary>
    public static IServiceCollection AddResBotDigestServices(this IServiceCollection services)
    {
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.Section);
        services.TryAddSingleton<SubscriptionCommands>();
        services.TryAddSingleton<DigestComposer>();
        services.TryAddSingleton<DigestRunner>();

        services.AddHttpClient(TeamsDigestSender.HttpClientName, client => client.Timeout = SendTimeout);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDigestSender, TeamsDigestSender>());
        // The connector token, as the Teams channel gets it; registered here too so that `resbot digest run` sends without the web host.
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.Section);
        services.AddHttpClient(ClientCredentialsTokenProvider.HttpClientName);
        services.TryAddSingleton<IBotTokenProvider, ClientCredentialsTokenProvider>();
        // The Slack Web API client as the Slack channel registers it (a no-op when `serve` already did).
        services.AddResBotSlackWebApi();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDigestSender, SlackDigestSender>());
        return services;
    }
}
