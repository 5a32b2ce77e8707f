using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ResBot.Bot.Storage;
using ResBot.Knowledge;

namespace ResBot.Bot.Hosting;

/// <summary>`/healthz` says the process lives; `/readyz` says the index is loaded and storage answers.</summary>
public static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddResBotHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<IndexHealthCheck>("index", tags: [ReadyTag])
            .AddCheck<StorageHealthCheck>("storage", tags: [ReadyTag]);
        services.AddHostedService<IndexWarmup>();
        services.AddHostedService<CorpusReloadService>();
        return services;
    }

    public static WebApplication MapResBotHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteDetailAsync });
        return app;
    }

    /// <summary>The status, then each check with what it found: an operator reads why without opening the log.</summary>
    private static Task WriteDetailAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), detail = e.Value.Description }),
        }));
    }

    private sealed class IndexHealthCheck(KnowledgeBase knowledge) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            if (knowledge.CorpusProblem is { } problem)
                return Task.FromResult(HealthCheckResult.Unhealthy(knowledge.IsLoaded ? problem + "; the last good corpus keeps serving" : problem));
            if (!knowledge.IsLoaded)
                return Task.FromResult(HealthCheckResult.Unhealthy("index not loaded yet"));
            var indexed = $"{knowledge.Corpus.Resolutions.Count} resolutions indexed";
            return Task.FromResult(knowledge.KeptFiles is { Count: > 0 } kept
                ? HealthCheckResult.Degraded($"{indexed}; refused files served at their last good version: {string.Join(" | ", kept)}")
                : HealthCheckResult.Healthy(indexed));
        }
    }

    private sealed class StorageHealthCheck(IBotDatabase store, StorageFaults faults) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            if (faults.Current is { } fault)
                return HealthCheckResult.Unhealthy($"storage refused a write: {fault}");
            return await store.IsReachableAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("storage unreachable");
        }
    }
}
