using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using ResBot.Bot.Hosting;
using ResBot.Bot.Storage;

namespace ResBot.Bot.Benchmarks;

/// <summary>What the intake benchmark drives: the rate, how long, and how the host and the fake Slack are set up.</summary>
public sealed record IntakeLoad(
    int EventsPerSecond,
    TimeSpan Duration,
    int Clients,
    TimeSpan SlackDelay,
    int InboxCapacity,
    int InboxConcurrency,
    string? PostgresConnectionString,
    TimeSpan DrainTimeout)
{
    public int Events => (int)Math.Round(EventsPerSecond * Duration.TotalSeconds);
}

/// <summary>The figures one run measured.</summary>
public sealed record IntakeReport(
    int Events,
    double LoadSeconds,
    double AcknowledgedPerSecond,
    LatencyStats Acknowledgement,
    int Refused503,
    int OtherErrors,
    long AnsweredDuringLoad,
    long BacklogAtLoadEnd,
    double DrainSeconds,
    double DrainPerSecond,
    int AnsweredOnce,
    int AnsweredTwiceOrMore,
    int NeverAnswered);

/// <summary>
/// Drives the real HTTP pipeline in-process: the `serve` host (Kestrel on loopback, the bundled corpus, SQLite or
/// PostgreSQL) receives signed Slack events at a target rate, answering into <see cref="SlowSlackApi"/>. A refused
/// event (503) is delivered again a second later, as Slack retries (sooner than Slack, to keep the run short). The
/// load ends when every event is acknowledged; the backlog then drains, and each event's answers are counted.
/// </summary>
public static class IntakeBenchmark
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    public static async Task<IntakeReport> RunAsync(IntakeLoad load, TextWriter progress)
    {
        var secret = Convert.ToHexString(Guid.NewGuid().ToByteArray());
        var data = Directory.CreateTempSubdirectory("resbot-bench-intake-").FullName;
        await using var slack = await SlowSlackApi.StartAsync(load.SlackDelay);
        var url = $"http://127.0.0.1:{SlowSlackApi.FreePort()}";
        var settings = new Dictionary<string, string?>
        {
            [WebHostDefaults.ServerUrlsKey] = url,
            ["Data:Path"] = data,
            ["Digests:Enabled"] = "false",
            // Under this load intake logs a warning per 503 by design; only errors are news here.
            ["Logging:LogLevel:Default"] = "Error",
            // /readyz is polled until the index is built: its "not loaded yet" is expected here, not an error.
            ["Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks"] = "None",
            ["Slack:SigningSecret"] = secret,
            ["Slack:BotToken"] = "xoxb-bench",
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
            ["Slack:InboxCapacity"] = load.InboxCapacity.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Slack:InboxConcurrency"] = load.InboxConcurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (load.PostgresConnectionString is { } postgres)
        {
            settings["Storage:Provider"] = StorageOptions.Postgres;
            settings["Storage:ConnectionString"] = postgres;
        }
        var app = ResBotHost.Build([], settings);
        try
        {
            await app.StartAsync();
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = load.Clients }) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
            await WaitForReadyAsync(http);
            progress.WriteLine($"host ready on {url}; sending {load.Events:N0} events at {load.EventsPerSecond}/s");
            return await DriveAsync(load, http, secret, slack, app.Services.GetRequiredService<IInboundQueue>(), progress);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task<IntakeReport> DriveAsync(IntakeLoad load, HttpClient http, string secret, SlowSlackApi slack, IInboundQueue queue, TextWriter progress)
    {
        var acknowledgements = new ConcurrentBag<double>();
        var refused = 0;
        var errors = 0;
        using var clients = new SemaphoreSlim(load.Clients);
        // Event ids of their own per run: a PostgreSQL database kept between runs has seen the last run's.
        var run = Guid.NewGuid().ToString("N")[..8];
        var clock = Stopwatch.StartNew();
        var sends = new List<Task>(load.Events);
        for (var i = 0; i < load.Events; i++)
        {
            // Open loop: event i is due at i / rate, whether or not the earlier ones were acknowledged.
            var due = TimeSpan.FromSeconds((double)i / load.EventsPerSecond);
            if (due > clock.Elapsed)
                await Task.Delay(due - clock.Elapsed);
            await clients.WaitAsync();
            var body = Event(run, i);
            sends.Add(Task.Run(async () =>
            {
                try
                {
                    for (var attempt = 0; ; attempt++)
                    {
                        var start = Stopwatch.GetTimestamp();
                        var status = await SendAsync(http, secret, body, attempt);
                        if (status == HttpStatusCode.OK)
                        {
                            acknowledgements.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                            return;
                        }
                        Interlocked.Increment(ref status == HttpStatusCode.ServiceUnavailable ? ref refused : ref errors);
                        await Task.Delay(RetryDelay);
                    }
                }
                finally
                {
                    clients.Release();
                }
            }));
        }
        await Task.WhenAll(sends);
        var loadSeconds = clock.Elapsed.TotalSeconds;
        var answeredDuringLoad = slack.Posts;
        var backlog = load.Events - answeredDuringLoad;
        progress.WriteLine($"all {load.Events:N0} acknowledged after {loadSeconds:F1} s; {backlog:N0} still to answer");

        var drain = Stopwatch.StartNew();
        while (slack.Posts < load.Events && drain.Elapsed < load.DrainTimeout)
            await Task.Delay(20);
        var drainSeconds = drain.Elapsed.TotalSeconds;
        // A moment more, and an empty queue, before counting: a duplicate would come after the last first answer.
        var settle = Stopwatch.StartNew();
        while ((await queue.CountInboundAsync()).GetValueOrDefault("pending") > 0 && settle.Elapsed < TimeSpan.FromSeconds(30))
            await Task.Delay(100);
        await Task.Delay(1000);

        var posts = slack.PostsByChannel;
        var once = Enumerable.Range(0, load.Events).Count(i => posts.GetValueOrDefault(Channel(i)) == 1);
        var twice = Enumerable.Range(0, load.Events).Count(i => posts.GetValueOrDefault(Channel(i)) > 1);
        return new IntakeReport(load.Events, loadSeconds, load.Events / loadSeconds, LatencyStats.Of([.. acknowledgements]), refused, errors,
            answeredDuringLoad, backlog, drainSeconds, backlog > 0 ? backlog / drainSeconds : 0, once, twice, load.Events - once - twice);
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient http, string secret, string body, int attempt)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/slack/events") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", SlackSignature(secret, timestamp, bytes));
        if (attempt > 0)
            request.Headers.Add("X-Slack-Retry-Num", attempt.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            using var response = await http.SendAsync(request);
            return response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return HttpStatusCode.BadGateway;
        }
    }

    /// <summary>
    /// Signs as Slack does (v0, HMAC-SHA256 of "v0:timestamp:body"). The benchmark plays Slack's side of the wire, so it
    /// signs by the protocol, not with the bot's verifier (which, being the channel's, no other folder names).
    /// </summary>
    private static string SlackSignature(string secret, string timestamp, byte[] body)
    {
        var signed = Encoding.UTF8.GetBytes($"v0:{timestamp}:").Concat(body).ToArray();
        return "v0=" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }

    private static string Channel(int i) => $"C-bench-{i}";

    /// <summary>A mention asking for one paragraph, each event in a channel of its own so its answers can be counted.</summary>
    private static string Event(string run, int i) => JsonSerializer.Serialize(new
    {
        token = "unused",
        team_id = "T-bench",
        api_app_id = "A-bench",
        type = "event_callback",
        event_id = $"Ev-bench-{run}-{i}",
        event_time = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        @event = new { type = "app_mention", user = "U-bench", text = "<@U-bot> 38/4 ¶6", channel = Channel(i), ts = $"1700000000.{i:D6}" },
        authorizations = new[] { new { team_id = "T-bench", user_id = "U-bot", is_bot = true } },
    });

    private static async Task WaitForReadyAsync(HttpClient http)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(5);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await http.GetAsync("/readyz");
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("The host did not become ready within 5 minutes");
    }
}
