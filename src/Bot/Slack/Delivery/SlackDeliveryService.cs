namespace ResBot.Bot.Slack.Delivery;

/// <summary>
/// Runs queued Slack work a few at a time, so one slow answer does not hold up the others,
/// and logs every failure instead of losing it. On shutdown it waits for work already started.
/// </summary>
internal sealed class SlackDeliveryService(SlackWorkQueue queue, ILogger<SlackDeliveryService> logger) : BackgroundService
{
    private const int Concurrency = 8;
    private readonly SemaphoreSlim _slots = new(Concurrency);
    private readonly HashSet<Task> _running = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var work in queue.ReadAllAsync(stoppingToken))
            {
                await _slots.WaitAsync(stoppingToken);
                var task = RunAsync(work, stoppingToken);
                lock (_running)
                    _running.Add(task);
                _ = task.ContinueWith(t => { lock (_running) _running.Remove(t); }, TaskScheduler.Default);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        Task[] pending;
        lock (_running)
            pending = [.. _running];
        await Task.WhenAll(pending);
    }

    private async Task RunAsync(SlackWork work, CancellationToken stoppingToken)
    {
        try
        {
            await work.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Slack work cancelled by shutdown: {Work}", work.Description);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Slack work failed: {Work}", work.Description);
        }
        finally
        {
            _slots.Release();
        }
    }
}
