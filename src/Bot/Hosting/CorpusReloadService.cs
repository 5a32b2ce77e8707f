using Microsoft.Extensions.Options;
using ResBot.Knowledge;

namespace ResBot.Bot.Hosting;

/// <summary>
/// Re-reads the corpus folder every `Corpus:ReloadInterval` in `serve`: new and changed files are indexed, a file
/// that turns bad keeps its last good version, and a folder that disappears keeps the last good snapshot serving
/// (see <see cref="KnowledgeBase.Reload"/>); /readyz reports the last two.
/// </summary>
internal sealed class CorpusReloadService(KnowledgeBase knowledge, IOptions<CorpusOptions> options, ILogger<CorpusReloadService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.ReloadInterval;
        if (interval <= TimeSpan.Zero)
            return;
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (!knowledge.IsLoaded)
                    continue;
                try
                {
                    await Task.Run(knowledge.Reload, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Reloading the corpus failed; the last good snapshot keeps serving");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
