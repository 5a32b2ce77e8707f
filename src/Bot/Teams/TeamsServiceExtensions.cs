using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ResBot.Bot.Teams.Authentication;
using ResBot.Bot.Teams.Connector;
using ResBot.Bot.Teams.Conversation;
using ResBot.Bot.Teams.Handlers;

namespace ResBot.Bot.Teams;

/// <summary>Wires the Bot Framework (Teams) channel.</summary>
public static class TeamsServiceExtensions
{
    public static WebApplicationBuilder AddResBotTeams(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddHttpClient(BotKeySources.HttpClientName).AddStandardResilienceHandler();
        services.AddHttpClient(ClientCredentialsTokenProvider.HttpClientName).AddStandardResilienceHandler();
        // Retries 429 and 5xx with backoff, honouring Retry-After (the standard handler's defaults).
        services.AddHttpClient<IBotConnector, BotConnectorClient>().AddStandardResilienceHandler();

        services.TryAddSingleton<BotKeySources>();
        services.TryAddSingleton<BotRequestAuthenticator>();
        services.TryAddSingleton<IBotTokenProvider, ClientCredentialsTokenProvider>();
        services.TryAddScoped<ConversationMemory>();
        services.TryAddScoped<UserLanguage>();
        services.TryAddScoped<CardCommandRunner>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IActivityHandler, MessageHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IActivityHandler, ConversationUpdateHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IActivityHandler, InstallationUpdateHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IActivityHandler, ComposeExtensionQueryHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IActivityHandler, AdaptiveCardActionHandler>());
        services.TryAddScoped<ActivityDispatcher>();
        services.AddHostedService<TeamsStartupCheck>();
        return builder;
    }

    public static WebApplication MapResBotTeams(this WebApplication app)
    {
        app.MapPost(MessagesEndpoint.Path, MessagesEndpoint.HandleAsync);
        return app;
    }
}
