namespace ResBot.Bot.Storage;

/// <summary>
/// Turns a storage fault met while handling a request into 503 with Retry-After instead of 500, and reports it to
/// /readyz. Any other exception passes through untouched.
/// </summary>
internal sealed class StorageFaultMiddleware(RequestDelegate next, StorageFaults faults, ILogger<StorageFaultMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            await next(http);
        }
        catch (Exception exception) when (StorageFaults.IsStorageFault(exception) && !http.Response.HasStarted)
        {
            faults.Report(exception);
            // The message only: a locked database is an operating condition, not a bug, and needs no stack trace.
            logger.LogWarning("Storage unavailable for {Path}: {Reason}; answered 503", http.Request.Path, exception.Message);
            http.Response.Clear();
            StorageFaults.WriteUnavailable(http.Response);
        }
    }
}
