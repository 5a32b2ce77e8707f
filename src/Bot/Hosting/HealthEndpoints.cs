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
        return services;
    }

    public static WebApplication MapResBotHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }

    private sealed class IndexHealthCheck(KnowledgeBase knowledge) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(knowledge.IsLoaded
                ? HealthCheckResult.Healthy($"{knowledge.Corpus.Resolutions.Count} resolutions indexed")
                : HealthCheckResult.Unhealthy("index not loaded yet"));
    }

    private sealed class StorageHealthCheck(IBotStore store) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            await store.IsReachableAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("storage unreachable");
    }
}
