namespace ResBot.Bot.Storage;

/// <summary>Migrates the schema when the host starts, so a bad connection string stops `serve` at once rather than at the first message.</summary>
internal sealed class StorageInitializer(IBotDatabase store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
