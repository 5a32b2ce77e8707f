using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ResBot.Bot.Conversations;
using ResBot.Bot.Digests;
using ResBot.Bot.Channels.Teams.Digests;
using ResBot.Bot.Channels.Teams.Authentication;
using ResBot.Bot.Channels.Teams.Citations;
using ResBot.Bot.Channels.Teams.Connector;
using ResBot.Bot.Channels.Teams.Conversation;
using ResBot.Bot.Channels.Teams.Handlers;
using ResBot.Bot.Telemetry;

namespace ResBot.Bot.Channels.Teams;

/// <summary>Wires the Bot Framework (Teams) channel.</summary>
public static class TeamsServiceExtensions
{
    public static WebApplicationBuilder AddResBotTeams(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddResBotTeamsSending();
        services.AddOptions<TeamsOptions>().ValidateOnStart();

        services.AddHttpClient(BotKeySources.HttpClientName).AddStandardResilienceHandler();
        services.TryAddSingleton<BotKeySources>();
        services.TryAddSingleton<BotRequestAuthenticator>();
        services.AddResBotConversations();
        services.TryAddSingleton<ConversationMemory>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChannelSubscriptions, TeamsSubscriptions>());
        services.TryAddScoped<AnswerReplies>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IActivityHandler, MessageHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IActivityHandler, ConversationUpdateHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IActivityHandler, InstallationUpdateHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IActivityHandler, ComposeExtensionQueryHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IActivityHandler, AdaptiveCardActionHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IActivityHandler, FeedbackInvokeHandler>());
        services.TryAddScoped<ActivityDispatcher>();
        services.AddHostedService<TeamsStartupCheck>();
        return builder;
    }

    /// <summary>
    /// The Bot Connector without the endpoint: options, the bot's outbound token, <see cref="IBotConnector"/> and the
    /// digest sender that posts through it. For hosts that only send, such as `resbot digest run`. Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddResBotTeamsSending(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(IBotConnector)))
            return services;
        // A long wait (Retry-After, backoff after a timeout) belongs to the digest runner, recorded in storage and shared by replicas.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDigestSender, TeamsDigestSender>());
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.Section).ValidateDataAnnotations();
        services.AddHttpClient(ClientCredentialsTokenProvider.HttpClientName).AddStandardResilienceHandler();
        services.TryAddSingleton<IBotTokenProvider, ClientCredentialsTokenProvider>();
        // The standard handler's retries (429 and 5xx with backoff, honouring Retry-After), but only for short waits:
        // a long Retry-After goes back to the caller, which knows whether to wait (a digest) or not (a reply).
        services.AddHttpClient<BotConnectorClient>()
            .AddStandardResilienceHandler(options =>
                options.Retry.ShouldHandle = args => ValueTask.FromResult(BotConnectorClient.RetriesInProcess(args.Outcome)));
        services.AddResBotMetrics();
        services.AddTransient<IBotConnector>(provider => ActivatorUtilities.CreateInstance<InactiveWhenBlocked>(provider,
            new InstrumentedBotConnector(provider.GetRequiredService<BotConnectorClient>(), provider.GetRequiredService<ResBotMetrics>())));
        return services;
    }

    public static WebApplication MapResBotTeams(this WebApplication app)
    {
        app.MapPost(MessagesEndpoint.Path, MessagesEndpoint.HandleAsync);
        return app;
    }
}
