using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ResBot.Bot.Digests;

/// <summary>Wires daily digests.</summary>
public static class DigestServiceExtensions
{
    /// <summary>Digests in `serve`: subscription commands, the composer and runner, and the minute tick.</summary>
    public static WebApplicationBuilder AddResBotDigests(this WebApplicationBuilder builder)
    {
        builder.Services.AddResBotDigestServices();
        builder.Services.AddHostedService<DigestBackgroundService>();
        return builder;
    }

    /// <summary>
    /// Everything but the tick, for `serve` and for `resbot digest run|preview`. The senders are the channels' own
    /// (<see cref="IDigestSender"/>, one per platform, registered by each channel's sending side).
    /// </summary>
    public static IServiceCollection AddResBotDigestServices(this IServiceCollection services)
    {
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<SubscriptionCommands>();
        services.TryAddSingleton<DigestComposer>();
        services.TryAddSingleton<DigestRunner>();
        return services;
    }
}
