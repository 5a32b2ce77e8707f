using Microsoft.Extensions.Options;

namespace ResBot.Bot.Telemetry;

/// <summary>
/// Says at start where this process's telemetry goes, with its process id: `dotnet-counters -n resbot` is ambiguous
/// with two replicas on a machine, and a `dotnet run` or `dotnet resbot.dll` process is named `dotnet`.
/// </summary>
internal sealed class TelemetryStartupNote(IOptions<TelemetryOptions> options, ILogger<TelemetryStartupNote> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var meters = string.Join(',', TelemetryServiceExtensions.MeterNames);
        logger.LogInformation(
            "Telemetry: process {ProcessId}, meters {Meters} (dotnet-counters monitor -p {ProcessId} --counters {Meters}); OTLP: {Otlp}; Prometheus: {Prometheus}",
            Environment.ProcessId, meters, Environment.ProcessId, meters,
            settings.HasOtlp ? $"{settings.OtlpEndpoint} ({settings.OtlpProtocol})" : "off",
            settings.Prometheus ? settings.PrometheusPath : "off");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
