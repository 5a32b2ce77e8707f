using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ResBot.Bot.Storage;

/// <summary>Chooses the store from `Storage:Provider`: sqlite (default) or postgres.</summary>
public static class StorageServiceExtensions
{
    public static IServiceCollection AddResBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .Validate(options => !options.IsPostgres || !string.IsNullOrWhiteSpace(options.ConnectionString),
                "Storage:Provider is postgres but Storage:ConnectionString is empty.")
            .Validate(options => options.IsPostgres || string.IsNullOrWhiteSpace(options.Provider)
                    || string.Equals(options.Provider.Trim(), StorageOptions.Sqlite, StringComparison.OrdinalIgnoreCase),
                "Storage:Provider must be sqlite or postgres.")
            .ValidateOnStart();
        services.TryAddSingleton<IBotStore>(provider => CreateStore(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value,
            provider.GetRequiredService<IOptions<DataOptions>>().Value));
        // One store, one connection pool; each consumer asks for the role it uses.
        AddRole<IBotDatabase>(services);
        AddRole<IConversationStore>(services);
        AddRole<IOnceRecorder>(services);
        AddRole<IInboundQueue>(services);
        AddRole<IUserPreferenceStore>(services);
        AddRole<ISlackInstallationStore>(services);
        AddRole<ISubscriptionStore>(services);
        AddRole<IDeliveryStore>(services);
        AddRole<ICorpusHistoryStore>(services);
        AddRole<IFeedbackStore>(services);
        AddRole<IConversationContextStore>(services);
        services.TryAddSingleton<StorageFaults>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, StorageInitializer>());
        return services;
    }

    /// <summary>Storage faults met by any request become 503 with Retry-After (see <see cref="StorageFaultMiddleware"/>).</summary>
    public static WebApplication UseResBotStorageFaults(this WebApplication app)
    {
        app.UseMiddleware<StorageFaultMiddleware>();
        return app;
    }

    private static void AddRole<TRole>(IServiceCollection services) where TRole : class =>
        services.TryAddSingleton<TRole>(provider => (TRole)provider.GetRequiredService<IBotStore>());

    internal static SqlBotStore CreateStore(StorageOptions storage, DataOptions data) => storage.IsPostgres
        ? new PostgresBotStore(storage.ConnectionString)
        : new SqliteBotStore(data.ResolvedPath);
}
