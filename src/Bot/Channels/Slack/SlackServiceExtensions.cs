using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using ResBot.Bot.Conversations;
using ResBot.Bot.Digests;
using ResBot.Bot.Channels.Slack.Digests;
using ResBot.Bot.Storage;
using ResBot.Bot.Channels.Slack.Answering;
using ResBot.Bot.Channels.Slack.Assistant;
using ResBot.Bot.Channels.Slack.Commands;
using ResBot.Bot.Channels.Slack.Delivery;
using ResBot.Bot.Channels.Slack.Events;
using ResBot.Bot.Channels.Slack.Installation;
using ResBot.Bot.Channels.Slack.Interactions;
using ResBot.Bot.Channels.Slack.Security;
using ResBot.Bot.Channels.Slack.WebApi;
using ResBot.Bot.Telemetry;

namespace ResBot.Bot.Channels.Slack;

/// <summary>Wires the Slack channel.</summary>
public static class SlackServiceExtensions
{
    public static WebApplicationBuilder AddResBotSlack(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddResBotSlackSending();

        services.AddResBotConversations();
        services.TryAddSingleton<SlackConversation>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChannelSubscriptions, SlackSubscriptions>());
        services.TryAddSingleton<SlackInbox>();
        services.AddHostedService<SlackInboxWorker>();

        services.TryAddSingleton<SlackSignatureFilter>();
        services.TryAddSingleton<SlashCommandEndpoint>();
        services.TryAddSingleton<SlackEventsEndpoint>();
        services.TryAddSingleton<SlackInteractionsEndpoint>();
        services.AddSingleton<ISlackInboundHandler>(provider => provider.GetRequiredService<SlashCommandEndpoint>());
        services.AddSingleton<ISlackInboundHandler>(provider => provider.GetRequiredService<SlackEventsEndpoint>());
        services.AddSingleton<ISlackInboundHandler>(provider => provider.GetRequiredService<SlackInteractionsEndpoint>());
        services.TryAddSingleton<SlackAssistantApi>();
        services.TryAddSingleton<SlackAssistantThreads>();
        services.AddSingleton<ISlackInboundHandler, SlackAssistantHandler>();
        services.TryAddSingleton<SlackInstallEndpoints>();
        return builder;
    }

    public static WebApplication MapResBotSlack(this WebApplication app)
    {
        var slack = app.MapGroup("/api/slack");

        // Everything Slack posts is signed; the filter verifies before any endpoint runs.
        var signed = slack.MapGroup("").AddEndpointFilter<SlackSignatureFilter>();
        signed.MapPost("/commands", (HttpContext http, [FromServices] SlashCommandEndpoint endpoint) => endpoint.HandleAsync(http));
        signed.MapPost("/events", (HttpContext http, [FromServices] SlackEventsEndpoint endpoint) => endpoint.HandleAsync(http));
        signed.MapPost("/interactions", (HttpContext http, [FromServices] SlackInteractionsEndpoint endpoint) => endpoint.HandleAsync(http));

        slack.MapGet("/install", (HttpContext http, [FromServices] SlackInstallEndpoints endpoints) => endpoints.Install(http));
        slack.MapGet("/oauth/callback", (HttpContext http, [FromServices] SlackInstallEndpoints endpoints) => endpoints.CallbackAsync(http));
        return app;
    }

    /// <summary>
    /// Slack's Web API without the endpoints: options, the per-workspace tokens (Data Protection), the client and the
    /// digest sender that posts through it. For hosts that only send, such as `resbot digest run`. Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddResBotSlackSending(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(ISlackApiClient)))
            return services;
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDigestSender, SlackDigestSender>());
        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddResBotDataProtection();
        services.AddSlackWebApi();
        return services;
    }

    /// <summary>
    /// Data Protection with its keys under `Data:Path/keys`, so tokens encrypted before a restart can be read after it.
    /// </summary>
    private static IServiceCollection AddResBotDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("ResBot");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<DataOptions>, ILoggerFactory>((keys, data, loggers) =>
            keys.XmlRepository ??= new FileSystemXmlRepository(
                new DirectoryInfo(Path.Combine(data.Value.ResolvedPath, "keys")), loggers));
        return services;
    }

    private static IServiceCollection AddSlackWebApi(this IServiceCollection services)
    {
        services.TryAddSingleton<SlackTokenProtector>();
        services.TryAddSingleton<SlackTokenSource>();
        services.TryAddSingleton<SlackApiClient>();
        services.AddResBotMetrics();
        services.TryAddSingleton<ISlackApiClient>(provider => new InstrumentedSlackApiClient(
            provider.GetRequiredService<SlackApiClient>(), provider.GetRequiredService<ResBotMetrics>()));

        services.AddHttpClient(SlackApiClient.HttpClientName)
            // The default logging writes request URLs, and a response_url is a bearer secret.
            .RemoveAllLoggers()
            .AddResilienceHandler("slack", pipeline =>
            {
                // Only 429 is retried: Slack says how long to wait. Other failures are not, because
                // chat.postMessage is not idempotent and a retry after a lost response would post twice.
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests),
                    ShouldRetryAfterHeader = true,
                    MaxRetryAttempts = 3,
                    Delay = TimeSpan.FromSeconds(1),
                    MaxDelay = TimeSpan.FromSeconds(30),
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(10));
            });
        return services;
    }
}
