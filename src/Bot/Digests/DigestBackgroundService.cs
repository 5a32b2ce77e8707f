using Microsoft.Extensions.Options;

namespace ResBot.Bot.Digests;

/// <summary>
/// Ticks every `Digests:TickInterval` (a minute) inside `serve`. The first tick runs at start, which is what sends a digest missed during downtime.
/// Several replicas may tick at once: the delivery claim in storage makes each digest go out once.
/// </summary>
internal sealed class DigestBackgroundService(
    DigestRunner runner,
    DigestComposer composer,
    TimeProvider time,
    IOptions<DigestOptions> options,
    ILogger<DigestBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Digests are disabled (Digests:Enabled=false)");
            return;
        }
        // Every start notes the corpus as it is, subscriptions or not: a document added while the host was down is
        // first seen now, after every existing subscription, and so is news to them, whatever ran in between.
        try
        {
            await composer.RegisterCorpusAsync(time.GetUtcNow(), stoppingToken);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("Could not note the corpus at start ({Reason}); the first digest tick does", e.Message);
        }
        using var timer = new PeriodicTimer(options.Value.TickInterval, time);
        do
        {
            try
            {
                await runner.TickAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // A failed tick (database briefly down) must not end the service; the next minute tries again.
                logger.LogError(e, "Digest tick failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
