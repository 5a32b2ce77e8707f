using System.Net;
using Microsoft.Data.Sqlite;
using ResBot.Bot.Storage;
using ResBot.Bot.Tests.Channels.Slack;

namespace ResBot.Bot.Tests.Chaos;

/// <summary>
/// What one chaos test owns: a data folder, a copy of the bundled corpus, a fake Slack (Web API and response URLs), and
/// every `resbot serve` process it started, all removed when it is disposed. Several processes in turn over the same
/// data folder are restarts of one host.
/// </summary>
public sealed class ChaosScene : IAsyncDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("resbot-chaos-").FullName;
    private readonly List<ServeProcess> _processes = [];

    public ChaosScene()
    {
        Directory.CreateDirectory(DataPath);
        Directory.CreateDirectory(CorpusPath);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "corpus")))
            File.Copy(file, Path.Combine(CorpusPath, Path.GetFileName(file)));
    }

    public string DataPath => Path.Combine(_root, "data");

    public string CorpusPath => Path.Combine(_root, "corpus");

    public FakeSlack Slack { get; } = new();

    /// <summary>Slack configured against the fake, plus <paramref name="extra"/> (which may override).</summary>
    public Dictionary<string, string?> Settings(IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackSigner.Secret,
            ["Slack:BotToken"] = "xoxb-chaos",
            ["Slack:ApiBaseUrl"] = Slack.ApiBaseUrl,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
            settings[key] = value;
        return settings;
    }

    /// <summary>Starts `serve` over this scene's folders and waits until it is ready.</summary>
    public async Task<ServeProcess> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var process = await ServeProcess.StartAsync(DataPath, CorpusPath, settings);
        _processes.Add(process);
        return process;
    }

    /// <summary>A mention asking for 38/4 ¶6 in a channel of its own, so answers can be counted per event.</summary>
    public static string Event(string eventId, string channel) =>
        SlackPayloads.Mention(eventId, "38/4 ¶6").Replace("\"C0001\"", $"\"{channel}\"", StringComparison.Ordinal);

    /// <summary>Delivers an event as Slack does: signed, with X-Slack-Retry-Num on a redelivery.</summary>
    public static async Task<HttpStatusCode> DeliverAsync(ServeProcess host, string body, int retry = 0)
    {
        using var request = SlackSigner.Signed("/api/slack/events", body, SlackPayloads.Json);
        if (retry > 0)
            request.Headers.Add("X-Slack-Retry-Num", retry.ToString());
        using var response = await host.Client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>Delivers an event until it is acknowledged, as Slack retries a non-2xx; returns how many times it was refused.</summary>
    public static async Task<int> DeliverUntilAcknowledgedAsync(ServeProcess host, string body)
    {
        // Generous: a full queue on a loaded machine may refuse one event for a long while, but not for ever.
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        for (var attempt = 0; ; attempt++)
        {
            using var request = SlackSigner.Signed("/api/slack/events", body, SlackPayloads.Json);
            if (attempt > 0)
                request.Headers.Add("X-Slack-Retry-Num", attempt.ToString());
            using var response = await host.Client.SendAsync(request);
            if (response.StatusCode == HttpStatusCode.OK)
                return attempt;
            // A refusal must be one Slack retries: 503 with Retry-After, never a 500.
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.NotNull(response.Headers.RetryAfter);
            Assert.True(DateTime.UtcNow < deadline, $"an event refused {attempt + 1} times over 3 minutes");
            await Task.Delay(100);
        }
    }

    /// <summary>
    /// Asks "What did 38/4 ask member states to do?" in a channel of its own and returns what a person reads of the answer
    /// (every string of the one message posted there).
    /// </summary>
    public async Task<string> AskAsync(ServeProcess host, string channel)
    {
        var body = SlackPayloads.Mention($"Ev-ask-{channel}", "What did 38/4 ask member states to do?")
            .Replace("\"C0001\"", $"\"{channel}\"", StringComparison.Ordinal);
        await DeliverUntilAcknowledgedAsync(host, body);
        await host.WaitUntilAsync(() => Slack.Timeline.Any(m => m.Channel == channel), TimeSpan.FromSeconds(60), $"an answer posted in {channel}");
        return Digests.DigestScenario.AllText(Assert.Single(Slack.Timeline, m => m.Channel == channel).Body);
    }

    /// <summary>Messages the fake Slack holds per channel.</summary>
    public Dictionary<string, int> PostsByChannel() =>
        Slack.Timeline.GroupBy(m => m.Channel).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The host's own SQLite store, read from the test process (WAL: readers do not block the host).</summary>
    public async Task<T> ReadStoreAsync<T>(Func<IBotStore, Task<T>> read)
    {
        await using var store = new SqliteBotStore(DataPath);
        return await read(store);
    }

    /// <summary>Writes into the store before a host starts (the host migrates an initialised store as it is).</summary>
    public async Task WriteStoreAsync(Func<IBotStore, Task> write)
    {
        await using var store = new SqliteBotStore(DataPath);
        await store.InitializeAsync();
        await write(store);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
            await process.DisposeAsync();
        Slack.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
