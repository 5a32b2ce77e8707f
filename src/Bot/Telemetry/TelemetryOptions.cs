namespace ResBot.Bot.Telemetry;

/// <summary>
/// `Telemetry:*`: where traces and metrics go. Off by default: with nothing set, no OpenTelemetry pipeline runs and
/// the meters are still there for `dotnet-counters`.
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    public const string Grpc = "grpc";
    public const string HttpProtobuf = "http/protobuf";

    /// <summary>An OTLP collector (`http://localhost:4317` for gRPC, `http://localhost:4318` for HTTP): traces and metrics go there.</summary>
    public string OtlpEndpoint { get; set; } = "";

    /// <summary>`grpc` (default) or `http/protobuf`.</summary>
    public string OtlpProtocol { get; set; } = Grpc;

    /// <summary>Serve the metrics for Prometheus to scrape at <see cref="PrometheusPath"/>.</summary>
    public bool Prometheus { get; set; }

    public string PrometheusPath { get; set; } = "/metrics";

    public bool HasOtlp => !string.IsNullOrWhiteSpace(OtlpEndpoint);

    public bool IsEnabled => HasOtlp || Prometheus;
}
