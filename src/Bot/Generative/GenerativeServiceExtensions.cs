using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using ResBot.Knowledge.Answers;

namespace ResBot.Bot.Generative;

/// <summary>Switches generative answers on when `Llm:Provider` names a model; off by default.</summary>
public static class GenerativeServiceExtensions
{
    private const string HttpClientName = "ResBot.Llm";

    /// <summary>
    /// With `Llm:Provider` = `none` only the user context is registered (channels use it whatever the configuration)
    /// and the extractive assistant answers alone. Otherwise the registered <see cref="IResolutionAssistant"/> is
    /// decorated by the generative one, which keeps it as its source of clauses and its fallback.
    /// </summary>
    public static IServiceCollection AddResBotGenerative(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<IGenerativeUserContext, GenerativeUserContext>();
        var llm = configuration.GetSection(LlmOptions.Section).Get<LlmOptions>() ?? new LlmOptions();
        // Called twice, it must not wrap the generative assistant in another one.
        if (!llm.IsEnabled || services.Any(d => d.ServiceType == typeof(ChatModel)))
            return services;

        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>());
        services.AddMetrics();
        // No retry handler on purpose: a slow or refusing model is answered by the extractive fallback at once,
        // where retries would spend the seconds Teams and Slack give the bot.
        services.AddHttpClient(HttpClientName)
            .ConfigureHttpClient((provider, client) =>
                client.Timeout = TimeSpan.FromSeconds(Math.Max(1, provider.GetRequiredService<IOptions<LlmOptions>>().Value.TimeoutSeconds)));

        // Azure without a key: the managed identity in Azure, `az login` on a workstation. One instance, so tokens are cached.
        if (llm.IsAzure && string.IsNullOrWhiteSpace(llm.ApiKey))
            services.TryAddSingleton<TokenCredential>(_ => new DefaultAzureCredential());
        services.TryAddSingleton<GenerativeMetrics>();
        services.TryAddSingleton(CreateChatCompletion);
        services.TryAddSingleton<ChatModel>();
        services.TryAddSingleton<TranslationCache>();
        services.TryAddSingleton<ClauseTranslator>();
        services.TryAddSingleton<UserRateLimiter>();
        if (llm.HasEmbeddings)
        {
            services.TryAddSingleton(CreateEmbeddingGenerator);
            services.TryAddSingleton<EmbeddingStore>();
            services.TryAddSingleton<IDenseRetriever, EmbeddingRetriever>();
        }
        services.TryAddSingleton(provider => new PromptClauseSelector(
            provider.GetRequiredService<IOptions<LlmOptions>>(), provider.GetService<IDenseRetriever>()));

        DecorateAssistant(services);
        return services;
    }

    private static void DecorateAssistant(IServiceCollection services)
    {
        var core = services.LastOrDefault(d => d.ServiceType == typeof(IResolutionAssistant) && !d.IsKeyedService)
            ?? ServiceDescriptor.Singleton<IResolutionAssistant, ResolutionAssistant>();
        services.RemoveAll<IResolutionAssistant>();
        services.AddSingleton<IResolutionAssistant>(provider =>
            ActivatorUtilities.CreateInstance<GenerativeResolutionAssistant>(provider, Resolve(provider, core)));
    }

    private static IResolutionAssistant Resolve(IServiceProvider provider, ServiceDescriptor core) =>
        (IResolutionAssistant)(core.ImplementationInstance
            ?? core.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, core.ImplementationType!));

    private static IChatCompletionService CreateChatCompletion(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<LlmOptions>>().Value;
        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
        var kernel = Kernel.CreateBuilder();
        if (options.IsAzure && string.IsNullOrWhiteSpace(options.ApiKey))
            kernel.AddAzureOpenAIChatCompletion(options.Deployment, options.Endpoint, provider.GetRequiredService<TokenCredential>(), modelId: NullIfBlank(options.Model), httpClient: http);
        else if (options.IsAzure)
            kernel.AddAzureOpenAIChatCompletion(options.Deployment, options.Endpoint, options.ApiKey, modelId: NullIfBlank(options.Model), httpClient: http);
        else
            kernel.AddOpenAIChatCompletion(options.ChatModel, options.OpenAICompatibleEndpoint, ApiKeyOrPlaceholder(options.ApiKey), httpClient: http);
        return kernel.Build().GetRequiredService<IChatCompletionService>();
    }

    // SKEXP0010: SK marks its embedding generators experimental; they are the supported path to the same endpoints.
#pragma warning disable SKEXP0010
    private static IEmbeddingGenerator<string, Embedding<float>> CreateEmbeddingGenerator(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<LlmOptions>>().Value;
        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
        var kernel = Kernel.CreateBuilder();
        if (options.IsAzure && string.IsNullOrWhiteSpace(options.ApiKey))
        {
            kernel.AddAzureOpenAIEmbeddingGenerator(options.EmbeddingDeployment, options.Endpoint, provider.GetRequiredService<TokenCredential>(), httpClient: http);
        }
        else if (options.IsAzure)
        {
            kernel.AddAzureOpenAIEmbeddingGenerator(options.EmbeddingDeployment, options.Endpoint, options.ApiKey, httpClient: http);
        }
        else
        {
            var client = new OpenAI.OpenAIClient(
                new System.ClientModel.ApiKeyCredential(ApiKeyOrPlaceholder(options.ApiKey)),
                new OpenAI.OpenAIClientOptions
                {
                    Endpoint = options.OpenAICompatibleEndpoint,
                    Transport = new System.ClientModel.Primitives.HttpClientPipelineTransport(http),
                    RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(maxRetries: 0),
                });
            kernel.AddOpenAIEmbeddingGenerator(options.EmbeddingDeployment, client);
        }
        return kernel.Build().GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
    }
#pragma warning restore SKEXP0010

    /// <summary>Local servers (Ollama, vLLM, llama.cpp) ignore the key, but the OpenAI client refuses an empty one.</summary>
    private static string ApiKeyOrPlaceholder(string apiKey) => string.IsNullOrWhiteSpace(apiKey) ? "unused" : apiKey;

    private static string? NullIfBlank(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
