using System.Text.Json;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ResBot.Bot.Tests.Slack;

/// <summary>
/// Slack's side of the network: the Web API under `/api/` and response URLs under `/response/`,
/// answering success unless a test says otherwise, and recording what the bot sent.
/// </summary>
public sealed class FakeSlack : IDisposable
{
    public const string PostMessagePath = "/api/chat.postMessage";

    private readonly WireMockServer server = WireMockServer.Start();

    public FakeSlack()
    {
        server.Given(Request.Create().WithPath("/api/*").UsingPost())
            .AtPriority(100)
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { ok = true, ts = "1700000000.000200" }));
        server.Given(Request.Create().WithPath("/response/*").UsingPost())
            .AtPriority(100)
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("ok"));
    }

    public WireMockServer Server => server;

    public string ApiBaseUrl => server.Url + "/api/";

    /// <summary>A fresh response_url, as Slack gives one per command or interaction.</summary>
    public string NewResponseUrl() => $"{server.Url}/response/{Guid.NewGuid():N}";

    public IReadOnlyList<ILogEntry> Requests(string path) =>
        server.LogEntries.Where(e => e.RequestMessage.Path == path).ToList();

    /// <summary>The JSON bodies posted to <paramref name="path"/>, once at least <paramref name="count"/> arrived.</summary>
    public async Task<IReadOnlyList<JsonElement>> WaitForAsync(string path, int count = 1)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (Requests(path).Count < count && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        var bodies = Requests(path).Select(e => JsonDocument.Parse(e.RequestMessage.Body!).RootElement.Clone()).ToList();
        Assert.True(bodies.Count >= count, $"expected {count} request(s) to {path}, got {bodies.Count}");
        return bodies;
    }

    public int Count(string path) => Requests(path).Count;

    public void Dispose() => server.Stop();
}
