using System.Collections.Concurrent;
using System.Text.Json;
using WireMock;
using WireMock.Logging;
using WireMock.Types;
using WireMock.Util;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ResBot.Bot.Tests.Channels.Slack;

/// <summary>
/// Slack's side of the network: the Web API under `/api/` and response URLs under `/response/`,
/// answering success unless a test says otherwise, and recording what the bot sent.
/// </summary>
public sealed class FakeSlack : IDisposable
{
    public const string PostMessagePath = "/api/chat.postMessage";

    private readonly WireMockServer server = WireMockServer.Start();
    private readonly ConcurrentQueue<PostedMessage> timeline = new();
    private long sequence;

    public FakeSlack()
    {
        server.Given(Request.Create().WithPath("/api/*").UsingPost())
            .AtPriority(100)
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { ok = true, ts = "1700000000.000200" }));
        // Like Slack, chat.postMessage keeps what it posted (metadata included) and conversations.history/replies read it back.
        server.Given(Request.Create().WithPath(PostMessagePath).UsingPost()).AtPriority(90)
            .RespondWith(Response.Create().WithCallback(request => Answer(Post(request))));
        server.Given(Request.Create().WithPath("/api/conversations.history", "/api/conversations.replies").UsingPost()).AtPriority(90)
            .RespondWith(Response.Create().WithCallback(History));
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

    /// <summary>The messages Slack holds: what chat.postMessage posted, each once.</summary>
    public IReadOnlyList<PostedMessage> Timeline => timeline.ToList();

    /// <summary>
    /// chat.postMessage answers this way: the message is posted (or not, for <see cref="PostFault.NotPosted503"/>), then the
    /// answer given is the one <paramref name="fault"/> picks for the call with that number (1 for the first), after <paramref name="delay"/>.
    /// </summary>
    public void FailPosts(Func<int, PostFault> fault, TimeSpan? delay = null)
    {
        var calls = 0;
        var response = Response.Create();
        if (delay is { } wait)
            response = response.WithDelay(wait);
        server.Given(Request.Create().WithPath(PostMessagePath).UsingPost()).AtPriority(2)
            .RespondWith(response.WithCallback(request => fault(Interlocked.Increment(ref calls)) switch
            {
                PostFault.None => Answer(Post(request)),
                PostFault.PostedThenError500 => Posted(request, 500),
                PostFault.NotPosted503 => new ResponseMessage { StatusCode = 503 },
                var other => throw new ArgumentOutOfRangeException(nameof(fault), other, null),
            }));
    }

    private ResponseMessage Posted(IRequestMessage request, int status)
    {
        Post(request);
        return new ResponseMessage { StatusCode = status };
    }

    private PostedMessage Post(IRequestMessage request)
    {
        var body = JsonDocument.Parse(request.Body!).RootElement;
        var ts = $"{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}.{Interlocked.Increment(ref sequence):D6}";
        var message = new PostedMessage(body.GetProperty("channel").GetString()!, ts,
            body.TryGetProperty("thread_ts", out var thread) ? thread.GetString() : null,
            body.TryGetProperty("metadata", out var metadata) ? metadata.Clone() : null, body.Clone());
        timeline.Enqueue(message);
        return message;
    }

    private static ResponseMessage Answer(PostedMessage message) => new()
    {
        StatusCode = 200,
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
        BodyData = new BodyData { BodyAsString = JsonSerializer.Serialize(new { ok = true, ts = message.Ts }), DetectedBodyType = BodyType.String },
    };

    private ResponseMessage History(IRequestMessage request)
    {
        var form = System.Web.HttpUtility.ParseQueryString(request.Body ?? "");
        var oldest = decimal.Parse(form["oldest"] ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var replies = request.Path.EndsWith("replies", StringComparison.Ordinal);
        var messages = timeline
            .Where(m => m.Channel == form["channel"] && decimal.Parse(m.Ts, System.Globalization.CultureInfo.InvariantCulture) >= oldest)
            // conversations.history lists the channel's own messages; conversations.replies one thread.
            .Where(m => replies ? m.ThreadTs == form["ts"] || m.Ts == form["ts"] : m.ThreadTs is null)
            .Select(m => form["include_all_metadata"] == "true" && m.Metadata is { } metadata
                ? (object)new { ts = m.Ts, type = "message", metadata }
                : new { ts = m.Ts, type = "message" })
            .ToList();
        return new ResponseMessage
        {
            StatusCode = 200,
            Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
            BodyData = new BodyData { BodyAsString = JsonSerializer.Serialize(new { ok = true, messages, has_more = false }), DetectedBodyType = BodyType.String },
        };
    }

    public void Dispose() => server.Stop();
}

/// <summary>A message as the fake Slack holds it.</summary>
public sealed record PostedMessage(string Channel, string Ts, string? ThreadTs, JsonElement? Metadata, JsonElement Body);

/// <summary>How the fake chat.postMessage fails one call.</summary>
public enum PostFault
{
    None,

    /// <summary>The message is posted, and the answer is a 500: the bot cannot tell.</summary>
    PostedThenError500,

    /// <summary>Nothing posted, 503.</summary>
    NotPosted503,
}
