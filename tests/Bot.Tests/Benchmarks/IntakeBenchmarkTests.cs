using ResBot.Bot.Tests.Cli;

namespace ResBot.Bot.Tests.Benchmarks;

/// <summary>`resbot bench-intake` runs end to end and counts answers (its timings are figures to read, not to assert).</summary>
public sealed class IntakeBenchmarkTests
{
    [Fact]
    public async Task A_short_run_reports_every_event_acknowledged_and_answered_once_and_a_full_queue_as_503s()
    {
        var result = await ResbotProcess.RunAsync(null, "bench-intake", "--rate", "40", "--seconds", "1", "--capacity", "2", "--concurrency", "1",
            "--slack-delay-ms", "200");

        Assert.True(result.ExitCode == 0, result.Output + result.Errors);
        Assert.Contains("acknowledged: 40 in ", result.Output);
        Assert.Matches(@"refused: [1-9][\d,]* x 503", result.Output);
        Assert.Contains("answers: 40 events answered once, 0 more than once, 0 never", result.Output);
    }
}
