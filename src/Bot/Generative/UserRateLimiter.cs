using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ResBot.Bot.Generative;

/// <summary>
/// `Llm:RequestsPerUserPerMinute` generated answers per user in a fixed one-minute window; beyond it the user gets the
/// extractive answer. Calls that name no user share one partition, so an unnamed caller cannot bypass the limit.
/// </summary>
internal sealed class UserRateLimiter : IDisposable
{
    private const string Anonymous = "(anonymous)";
    private readonly PartitionedRateLimiter<string>? limiter;

    public UserRateLimiter(IOptions<LlmOptions> options)
    {
        var perMinute = options.Value.RequestsPerUserPerMinute;
        if (perMinute <= 0)
            return;
        limiter = PartitionedRateLimiter.Create<string, string>(user => RateLimitPartition.GetFixedWindowLimiter(user, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    public bool TryAcquire(string? userKey)
    {
        if (limiter is null)
            return true;
        using var lease = limiter.AttemptAcquire(string.IsNullOrWhiteSpace(userKey) ? Anonymous : userKey);
        return lease.IsAcquired;
    }

    public void Dispose() => limiter?.Dispose();
}
