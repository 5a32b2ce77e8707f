using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using ResBot.Bot.Generative;
using ResBot.Knowledge.Answers;

namespace ResBot.Bot.Telemetry;

/// <summary>
/// The `ResBot` meter and spans are always recorded (a listener-less meter costs nothing, and `dotnet-counters` can
/// read it); OpenTelemetry's pipeline, with its OTLP exporter and Prometheus endpoint, runs only when configured.
/// </summary>
public static class TelemetryServiceExtensions
{
    /// <summary>Meters that exporters and `dotnet-counters` are pointed at, ResBot's own first.</summary>
    public static readonly string[] MeterNames = [ResBotTelemetry.MeterName, GenerativeMetrics.MeterName];

    /// <summary>The `ResBot` meter's instruments, for the answer path and the senders. Safe to call more than once.</summary>
    public static IServiceCollection AddResBotMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<ResBotMetrics>();
        return services;
    }

    /// <summary>
    /// Wraps the registered assistant (the core, or the generative decorator around it) so every answer is measured
    /// once, whichever channel asked. Call after every other decorator.
    /// </summary>
    public static IServiceCollection AddResBotAnswerTelemetry(this IServiceCollection services)
    {
        services.AddResBotMetrics();
        var answering = services.LastOrDefault(d => d.ServiceType == typeof(IResolutionAssistant) && !d.IsKeyedService);
        if (answering is null || services.Any(d => d.ServiceType == typeof(AnswerTelemetryRegistered)))
            return services;
        services.AddSingleton<AnswerTelemetryRegistered>();
        services.Remove(answering);
        services.AddSingleton<IResolutionAssistant>(provider => new InstrumentedResolutionAssistant(
            Resolve(provider, answering), provider.GetRequiredService<IGenerativeUserContext>(), provider.GetRequiredService<ResBotMetrics>()));
        return services;
    }

    /// <summary>OpenTelemetry for `serve`, when `Telemetry:OtlpEndpoint` or `Telemetry:Prometheus` asks for it.</summary>
    public static WebApplicationBuilder AddResBotTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>());
        builder.Services.AddHostedService<TelemetryStartupNote>();
        if (Enabled(builder.Configuration) is not { } options)
            return builder;

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("resbot", serviceVersion: typeof(ResBotTelemetry).Assembly.GetName().Version?.ToString()))
            .WithTracing(tracing =>
            {
                tracing.AddSource(ResBotTelemetry.SourceName)
                    .AddAspNetCoreInstrumentation(aspnet => aspnet.Filter = http => !IsProbe(http.Request.Path, options))
                    .AddHttpClientInstrumentation()
                    // Before any exporter, so no exporter sees a Slack response_url.
                    .AddProcessor(new ResponseUrlRedaction());
                if (options.HasOtlp)
                    tracing.AddOtlpExporter(otlp => Configure(otlp, options, "v1/traces"));
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(MeterNames)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation();
                if (options.HasOtlp)
                    metrics.AddOtlpExporter(otlp => Configure(otlp, options, "v1/metrics"));
                if (options.Prometheus)
                    metrics.AddPrometheusExporter();
            });
        return builder;
    }

    /// <summary>
    /// The settings when they turn telemetry on and make sense; null otherwise. Settings that do not work are told by
    /// the start-up checks (through the validator), as one line, before anything listens.
    /// </summary>
    private static TelemetryOptions? Enabled(IConfiguration configuration)
    {
        TelemetryOptions options;
        try
        {
            options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
        return options.IsEnabled && !new TelemetryOptionsValidator().Validate(null, options).Failed ? options : null;
    }

    public static WebApplication MapResBotTelemetry(this WebApplication app)
    {
        if (Enabled(app.Configuration) is { Prometheus: true } options)
            app.MapPrometheusScrapingEndpoint(options.PrometheusPath);
        return app;
    }

    /// <summary>Health probes and scrapes arrive every few seconds and say nothing about users: not traced.</summary>
    private static bool IsProbe(PathString path, TelemetryOptions options) =>
        path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz") || path.StartsWithSegments(options.PrometheusPath);

    /// <summary>
    /// Set in code, the OTLP exporter takes the endpoint as the full URL for HTTP: the signal's path is added here,
    /// as the OTEL_EXPORTER_OTLP_ENDPOINT convention does.
    /// </summary>
    private static void Configure(OtlpExporterOptions otlp, TelemetryOptions options, string signalPath)
    {
        var http = string.Equals(options.OtlpProtocol.Trim(), TelemetryOptions.HttpProtobuf, StringComparison.OrdinalIgnoreCase);
        otlp.Protocol = http ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        var endpoint = options.OtlpEndpoint.Trim();
        otlp.Endpoint = new Uri(http ? endpoint.TrimEnd('/') + "/" + signalPath : endpoint);
    }

    /// <summary>Marks the assistant as wrapped, so a second call does not measure every answer twice.</summary>
    private sealed class AnswerTelemetryRegistered;

    private static IResolutionAssistant Resolve(IServiceProvider provider, ServiceDescriptor descriptor) =>
        (IResolutionAssistant)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));
}
