using Microsoft.Extensions.DependencyInjection.Extensions;
using ResBot.Bot.Digests.Senders;
using ResBot.Bot.Slack;
using ResBot.Bot.Teams;

namespace ResBot.Bot.Digests;

/// <summary>Wires daily digests.</summary>
public static class DigestServiceExtensions
{
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
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<SubscriptionCommands>();
        services.TryAddSingleton<DigestComposer>();
        services.TryAddSingleton<DigestRunner>();

        // Digests post through the Teams channel's connector client (a no-op when `serve` already registered it). A long
        // wait (Retry-After, backoff after a timeout) belongs to the runner, recorded in storage and shared by replicas.
        services.AddResBotTeamsConnector();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDigestSender, TeamsDigestSender>());
        // The Slack Web API client as the Slack channel registers it (a no-op when `serve` already did).
        services.AddResBotSlackWebApi();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDigestSender, SlackDigestSender>());
        return services;
    }
}
