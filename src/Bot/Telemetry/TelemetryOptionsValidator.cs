using Microsoft.Extensions.Options;

namespace ResBot.Bot.Telemetry;

/// <summary>Telemetry settings that cannot work, told at start as one line each with the fix.</summary>
internal sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        var failures = new List<string>();
        if (options.HasOtlp && !(Uri.TryCreate(options.OtlpEndpoint.Trim(), UriKind.Absolute, out var endpoint) && endpoint.Scheme is "http" or "https"))
            failures.Add($"Telemetry:OtlpEndpoint '{options.OtlpEndpoint}' is not an absolute http(s) URL. Fix: set Telemetry:OtlpEndpoint (Telemetry__OtlpEndpoint) to the collector, e.g. http://localhost:4317, or leave it empty to export nothing.");
        if (options.OtlpProtocol.Trim() is not (TelemetryOptions.Grpc or TelemetryOptions.HttpProtobuf))
            failures.Add($"Telemetry:OtlpProtocol '{options.OtlpProtocol}' is not grpc or http/protobuf. Fix: set Telemetry:OtlpProtocol (Telemetry__OtlpProtocol) to grpc (port 4317) or http/protobuf (port 4318).");
        if (!options.PrometheusPath.StartsWith('/'))
            failures.Add($"Telemetry:PrometheusPath '{options.PrometheusPath}' does not start with '/'. Fix: set Telemetry:PrometheusPath (Telemetry__PrometheusPath) to a path such as /metrics.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
