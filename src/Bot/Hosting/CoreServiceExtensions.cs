using ResBot.Bot.Conversations;
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
        services.AddResBotGenerative(configuration);
        services.AddResBotConversations();
        return services;
    }
}
