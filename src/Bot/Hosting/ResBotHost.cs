using ResBot.Bot.Digests;
using ResBot.Bot.Storage;
using ResBot.Bot.Telemetry;

namespace ResBot.Bot.Hosting;

/// <summary>The web host: the table of contents of what `serve` runs.</summary>
public static class ResBotHost
{
    /// <summary>Where `serve` listens when nothing says otherwise: loopback, the Bot Framework's customary port.</summary>
    public const string DefaultUrl = "http://127.0.0.1:3978";

    /// <param name="args">Host switches (`--Teams:AppId …`), read as the command-line configuration source.</param>
    /// <param name="overrides">What `serve`'s own options said (`--data`, `--corpus`, `--urls`); wins over every source.</param>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // appsettings.json and the bundled corpus sit beside the binary, wherever it is started from.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddResBotUserSecrets(builder.Environment);
        if (overrides is { Count: > 0 })
            builder.Configuration.AddInMemoryCollection(overrides);
        if (!HasConfiguredAddresses(builder.Configuration))
            builder.WebHost.UseUrls(DefaultUrl);

        builder.Services.AddResBotCore(builder.Configuration);
        builder.Services.AddResBotHealthChecks();
        foreach (var channel in ResBotChannels.All)
        {
            channel.AddSending(builder.Services);
            channel.AddReceiving(builder);
        }
        builder.AddResBotDigests();
        builder.AddResBotTelemetry();

        var app = builder.Build();
        app.UseResBotStorageFaults();
        app.MapResBotHealth();
        foreach (var channel in ResBotChannels.All)
            channel.MapEndpoints(app);
        app.MapResBotTelemetry();
        return app;
    }

    /// <summary>`--urls`, ASPNETCORE_URLS, the container images' ASPNETCORE_HTTP_PORTS, or Kestrel endpoints.</summary>
    private static bool HasConfiguredAddresses(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey])
        || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpPortsKey])
        || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpsPortsKey])
        || configuration.GetSection("Kestrel:Endpoints").Exists();
}
