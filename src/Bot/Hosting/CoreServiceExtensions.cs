using Microsoft.Extensions.DependencyInjection.Extensions;
using ResBot.Bot.Conversations;
using ResBot.Bot.Feedback;
using ResBot.Bot.Generative;
using ResBot.Bot.Storage;

namespace ResBot.Bot.Hosting;

/// <summary>The services every face of the app needs: knowledge, storage, the optional model, and the conversation.</summary>
public static class CoreServiceExtensions
{
    public static IServiceCollection AddResBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DataOptions>().BindConfiguration(DataOptions.Section);
        services.AddOptions<CorpusOptions>().BindConfiguration(CorpusOptions.Section);
        services.AddSingleton(TimeProvider.System);
        services.AddResBotKnowledge();
        services.AddResBotStorage(configuration);
        // Both channels hand thumbs presses to it, and `resbot feedback` reads what it stored.
        services.TryAddSingleton<FeedbackRecorder>();
        services.AddResBotGenerative(configuration);
        services.AddResBotConversations();
        return services;
    }
}
