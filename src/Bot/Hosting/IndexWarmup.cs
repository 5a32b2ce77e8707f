using ResBot.Knowledge;

namespace ResBot.Bot.Hosting;

/// <summary>
/// Loads the corpus and opens (or builds) the index as the host starts, so the first question is fast and
/// /readyz turns healthy once it is done. The web host does not wait for it: /healthz answers at once.
/// </summary>
public sealed class IndexWarmup(KnowledgeBase knowledge, ILogger<IndexWarmup> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        try
        {
            _ = knowledge.Current;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Never let it escape: a BackgroundService that throws stops the whole host.
            logger.LogError(e, "Loading the corpus failed; /readyz stays unhealthy");
        }
    }, stoppingToken);
}
