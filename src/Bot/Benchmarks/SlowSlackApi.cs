using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace ResBot.Bot.Benchmarks;

/// <summary>
/// Slack's Web API for the intake benchmark: chat.postMessage answers after <c>delay</c> (a slow platform is the case
/// that fills the queue), and counts what was posted per channel so the benchmark can tell "answered once" from lost or
/// doubled. conversations.history/replies read back nothing; every other method says ok.
/// </summary>
internal sealed class SlowSlackApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _postsByChannel = new();
    private long _posts;

    private SlowSlackApi(WebApplication app, string url)
    {
        _app = app;
        ApiBaseUrl = url + "/api/";
    }

    public string ApiBaseUrl { get; }

    public long Posts => Interlocked.Read(ref _posts);

    public IReadOnlyDictionary<string, int> PostsByChannel => _postsByChannel;

    public static async Task<SlowSlackApi> StartAsync(TimeSpan delay)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var api = new SlowSlackApi(app, url);
        app.MapPost("/api/chat.postMessage", async (HttpRequest request) =>
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            await Task.Delay(delay);
            var channel = body.RootElement.TryGetProperty("channel", out var c) ? c.GetString() ?? "" : "";
            api._postsByChannel.AddOrUpdate(channel, 1, (_, n) => n + 1);
            var sequence = Interlocked.Increment(ref api._posts);
            return Results.Json(new { ok = true, channel, ts = $"{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}.{sequence:D6}" });
        });
        app.MapPost("/api/conversations.{method}", () => Results.Json(new { ok = true, messages = Array.Empty<object>(), has_more = false }));
        app.MapPost("/api/{method}", () => Results.Json(new { ok = true }));
        await app.StartAsync();
        return api;
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
