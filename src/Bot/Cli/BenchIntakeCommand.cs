using System.CommandLine;
using ResBot.Bot.Benchmarks;

namespace ResBot.Bot.Cli;

/// <summary>
/// `resbot bench-intake [--rate 100] [--seconds 20] [--slack-delay-ms 100] …`: Slack intake throughput and backlog drain
/// on the real HTTP pipeline, in-process, against a slow fake Slack (see <see cref="IntakeBenchmark"/>).
/// </summary>
public static class BenchIntakeCommand
{
    public static Command Create()
    {
        var rate = new Option<int>("--rate") { Description = "Events offered per second.", DefaultValueFactory = _ => 100 };
        var seconds = new Option<int>("--seconds") { Description = "How long the load lasts.", DefaultValueFactory = _ => 20 };
        var clients = new Option<int>("--clients") { Description = "Requests in flight at most (Slack's side).", DefaultValueFactory = _ => 64 };
        var delay = new Option<int>("--slack-delay-ms") { Description = "How long the fake chat.postMessage takes.", DefaultValueFactory = _ => 100 };
        var capacity = new Option<int>("--capacity") { Description = "Slack:InboxCapacity, pending rows before intake answers 503.", DefaultValueFactory = _ => 10_000 };
        var concurrency = new Option<int>("--concurrency") { Description = "Slack:InboxConcurrency, answers worked on at once.", DefaultValueFactory = _ => 8 };
        var postgres = new Option<string?>("--postgres") { Description = "A PostgreSQL connection string: measure that store instead of SQLite." };
        var command = new Command("bench-intake", "Benchmark Slack intake: events acknowledged per second, ack latency, 503s, backlog drain.")
        {
            rate, seconds, clients, delay, capacity, concurrency, postgres,
        };
        command.SetAction(async (parse, _) =>
        {
            var load = new IntakeLoad(parse.GetValue(rate), TimeSpan.FromSeconds(parse.GetValue(seconds)), parse.GetValue(clients),
                TimeSpan.FromMilliseconds(parse.GetValue(delay)), parse.GetValue(capacity), parse.GetValue(concurrency), parse.GetValue(postgres),
                DrainTimeout: TimeSpan.FromMinutes(10));
            if (load.EventsPerSecond <= 0 || load.Duration <= TimeSpan.Zero || load.Clients <= 0)
            {
                await Console.Error.WriteLineAsync("error: --rate, --seconds and --clients must be positive");
                return 2;
            }
            var store = load.PostgresConnectionString is null ? "SQLite" : "PostgreSQL";
            Console.WriteLine($"bench-intake: {store}, {load.Events:N0} events at {load.EventsPerSecond}/s over {load.Duration.TotalSeconds:0} s, " +
                $"{load.Clients} clients, chat.postMessage {load.SlackDelay.TotalMilliseconds:0} ms, capacity {load.InboxCapacity:N0}, " +
                $"{load.InboxConcurrency} workers, {Environment.ProcessorCount} cores");
            var report = await IntakeBenchmark.RunAsync(load, Console.Out);
            Console.WriteLine($"acknowledged: {report.Events:N0} in {report.LoadSeconds:F1} s = {report.AcknowledgedPerSecond:N0} events/s; " +
                $"ack p50 {report.Acknowledgement.P50:F1} ms, p99 {report.Acknowledgement.P99:F1} ms, mean {report.Acknowledgement.Mean:F1} ms");
            Console.WriteLine($"refused: {report.Refused503:N0} x 503 (each delivered again 1 s later), {report.OtherErrors:N0} other errors");
            Console.WriteLine($"answered while loading: {report.AnsweredDuringLoad:N0}; backlog at the end of the load: {report.BacklogAtLoadEnd:N0}, " +
                $"drained in {report.DrainSeconds:F1} s = {report.DrainPerSecond:N0} rows/s");
            Console.WriteLine($"answers: {report.AnsweredOnce:N0} events answered once, {report.AnsweredTwiceOrMore:N0} more than once, {report.NeverAnswered:N0} never");
            return report.AnsweredOnce == report.Events ? 0 : 1;
        });
        return command;
    }
}
