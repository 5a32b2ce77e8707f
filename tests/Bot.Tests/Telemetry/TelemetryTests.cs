using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using ResBot.Bot.Tests.Cli;
using ResBot.Bot.Tests.Channels.Slack;
using ResBot.Bot.Tests.Channels.Teams;

namespace ResBot.Bot.Tests.Telemetry;

/// <summary>
/// Issue 14, finding 7: a question is one trace from the inbound request through the answer to the message sent back,
/// and the `ResBot` meter counts answers and deliveries, scraped from the Prometheus endpoint as a collector would.
/// </summary>
[Collection(Name)]
public sealed class TelemetryTests : IDisposable
{
    /// <summary>
    /// Activity sources and meters are process-wide: these tests run alone, so their exporters see only their own hosts.
    /// </summary>
    public const string Name = "telemetry";

    private const string Question = "What did 38/4 ask member states to do?";

    private readonly string dataPath = Directory.CreateTempSubdirectory("resbot-telemetry-").FullName;
    private readonly ExportedSpans spans = new();

    [Fact]
    public async Task A_teams_question_is_one_trace_from_the_request_to_the_reply_and_is_counted()
    {
        using var fakes = new BotFrameworkFakes();
        using var factory = Host(new()
        {
            ["Teams:AppId"] = "",
            ["Teams:AllowUnauthenticated"] = "true",
            ["Telemetry:Prometheus"] = "true",
        });
        using var client = factory.CreateClient();
        var conversation = TeamsActivities.NewPersonalConversation();
        var activity = TeamsActivities.Message(fakes.ServiceUrl, conversation, Question);
        activity["channelId"] = "emulator";

        var response = await client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await fakes.WaitForMessagesAsync(conversation));

        var request = await SpanAsync(s => s.Kind == ActivityKind.Server && Tag(s, "url.path") == "/api/messages");
        var answer = await SpanAsync(s => s.OperationName == "resbot.answer" && s.TraceId == request.TraceId);
        var send = await SpanAsync(s => s.OperationName == "resbot.send" && s.TraceId == request.TraceId && Tag(s, "resbot.delivery.outcome") == "sent");
        var outbound = await SpanAsync(s => s.Kind == ActivityKind.Client && s.ParentSpanId == send.SpanId);
        Assert.Equal(request.SpanId, answer.ParentSpanId);
        Assert.Equal("found", Tag(answer, "resbot.answer.outcome"));
        Assert.Equal("extractive", Tag(answer, "resbot.answer.mode"));
        Assert.Equal("en", Tag(answer, "resbot.answer.language"));
        Assert.Equal("msteams", Tag(send, "resbot.channel"));
        Assert.All(new[] { answer, send, outbound }, s => Assert.Equal(request.TraceId, s.TraceId));
        Assert.DoesNotContain(spans, s => s.TagObjects.Any(t => t.Value is string v && v.Contains("member states", StringComparison.OrdinalIgnoreCase)));

        var metrics = await client.GetStringAsync("/metrics");
        Assert.Matches(@"resbot_answers_total\{[^}]*channel=""msteams""[^}]*outcome=""found""[^}]*\} 1", metrics);
        Assert.Matches(@"resbot_deliveries_total\{[^}]*channel=""msteams""[^}]*outcome=""sent""", metrics);
        Assert.Contains("resbot_answer_duration_seconds_bucket", metrics);
        Assert.Contains("http_server_request_duration_seconds", metrics);
    }

    [Fact]
    public async Task A_slack_question_answered_from_the_queue_continues_the_trace_of_its_request_and_hides_the_response_url()
    {
        using var slack = new FakeSlack();
        // The answer is held back past the acknowledgement: it goes through the inbound queue to the response_url.
        using var host = new SlackHost(slack, settings: new Dictionary<string, string>
        {
            ["Slack:AckBudget"] = "00:00:00",
            ["Telemetry:Prometheus"] = "true",
        }, gated: true, services: services => services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans)));
        var responseUrl = slack.NewResponseUrl();

        var response = await host.SendAsync(SlackSigner.Signed("/api/slack/commands", SlackPayloads.SlashCommand(Question, responseUrl), SlackPayloads.Form));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        host.Gate.Open();
        await slack.WaitForAsync(new Uri(responseUrl).AbsolutePath);

        var request = await SpanAsync(s => s.Kind == ActivityKind.Server && Tag(s, "url.path") == "/api/slack/commands");
        var work = await SpanAsync(s => s.OperationName == "resbot.slack.work");
        var send = await SpanAsync(s => s.OperationName == "resbot.send" && Tag(s, "resbot.operation") == "response_url");
        var outbound = await SpanAsync(s => s.Kind == ActivityKind.Client && s.ParentSpanId == send.SpanId);
        Assert.Equal(request.TraceId, work.TraceId);
        Assert.Equal(request.SpanId, work.ParentSpanId);
        Assert.Equal("slack.command", Tag(work, "resbot.work.kind"));
        Assert.Equal(request.TraceId, send.TraceId);
        Assert.Equal("sent", Tag(send, "resbot.delivery.outcome"));
        Assert.DoesNotContain(new Uri(responseUrl).AbsolutePath, Tag(outbound, "url.full"));
        // The fake Slack runs in this process, so its own server span (a child of the outbound one) is recorded too.
        var ours = spans.Where(s => s.ParentSpanId != outbound.SpanId);
        Assert.DoesNotContain(ours, s => s.TagObjects.Any(t => t.Value is string v && v.Contains(new Uri(responseUrl).AbsolutePath)));

        var metrics = await host.Client.GetStringAsync("/metrics");
        Assert.Matches(@"resbot_answers_total\{[^}]*channel=""slack""[^}]*outcome=""found""", metrics);
        Assert.Matches(@"resbot_deliveries_total\{[^}]*channel=""slack""[^}]*operation=""response_url""[^}]*outcome=""sent""", metrics);
    }

    [Fact]
    public async Task With_nothing_configured_no_pipeline_runs_and_there_is_no_metrics_endpoint()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Data:Path", dataPath));
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/metrics")).StatusCode);
        Assert.Null(factory.Services.GetService<TracerProvider>());
    }

    [Fact]
    public async Task A_collector_address_that_is_not_a_url_stops_serve_with_one_line()
    {
        var result = await ResbotProcess.RunAsync(null, new Dictionary<string, string?> { ["Telemetry__OtlpEndpoint"] = "collector:4317" },
            "serve", "--data", dataPath, "--urls", "http://127.0.0.1:0");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "error: Telemetry:OtlpEndpoint 'collector:4317' is not an absolute http(s) URL. Fix: set Telemetry:OtlpEndpoint (Telemetry__OtlpEndpoint) to the collector, e.g. http://localhost:4317, or leave it empty to export nothing.",
            result.Errors.Trim());
    }

    private WebApplicationFactory<Program> Host(Dictionary<string, string> settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Data:Path", dataPath);
            foreach (var (key, value) in settings)
                builder.UseSetting(key, value);
            builder.ConfigureServices(services => services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans)));
        });

    private static string? Tag(Activity span, string name) => span.GetTagItem(name)?.ToString();

    /// <summary>A span is exported when it ends, which may be just after the response the test awaited.</summary>
    private async Task<Activity> SpanAsync(Func<Activity, bool> match)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (spans.FirstOrDefault(match) is { } span)
                return span;
            await Task.Delay(50);
        }
        throw new Xunit.Sdk.XunitException("no such span among: " + string.Join(", ", spans.Select(s => $"{s.Kind} {s.OperationName} {s.DisplayName}")));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(dataPath, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition(TelemetryTests.Name, DisableParallelization = true)]
public sealed class TelemetryCollection;
