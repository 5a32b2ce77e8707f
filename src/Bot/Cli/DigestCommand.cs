using System.CommandLine;
using System.Globalization;
using ResBot.Bot.Digests;
using ResBot.Bot.Hosting;

namespace ResBot.Bot.Cli;

/// <summary>`resbot digest run [--now &lt;ISO-8601&gt;]` runs one tick; `resbot digest preview &lt;subscription-id&gt;` prints without sending.</summary>
public static class DigestCommand
{
    public static Command Create()
    {
        var digest = new Command("digest", "Daily digests: run one tick, or preview a subscription.");
        digest.Subcommands.Add(Run());
        digest.Subcommands.Add(Preview());
        return digest;
    }

    private static Command Run()
    {
        var now = new Option<string?>("--now")
        {
            Description = "Run the tick as if it were this instant (ISO 8601 with offset, e.g. 2026-03-29T06:00:00Z). Default: now.",
        };
        var command = new Command("run", "Run one digest tick: send what is due, record what was missed, retry what failed.") { now };
        command.SetAction(async (parse, cancellationToken) =>
        {
            TimeProvider clock = TimeProvider.System;
            if (parse.GetValue(now) is { } text)
            {
                if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
                {
                    await Console.Error.WriteLineAsync($"error: --now must be an ISO 8601 instant such as 2026-03-29T06:00:00Z (got \"{text}\")");
                    return 2;
                }
                clock = new FixedTimeProvider(instant);
            }
            using var host = CliHost.Build(parse, services =>
            {
                services.AddResBotDigestServices().AddResBotChannelSending();
                services.AddSingleton(clock);
            });
            var report = await host.Services.GetRequiredService<DigestRunner>().TickAsync(cancellationToken);
            Console.Out.WriteLine(report.ToString());
            return report.Failed > 0 ? 1 : 0;
        });
        return command;
    }

    private static Command Preview()
    {
        var id = new Argument<long>("subscription-id") { Description = "The subscription's number, as `subscriptions` lists it." };
        var command = new Command("preview", "Print the digest a subscription would receive now, without sending or recording it.") { id };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = CliHost.Build(parse, services => services.AddResBotDigestServices().AddResBotChannelSending());
            var digest = await host.Services.GetRequiredService<DigestRunner>().PreviewAsync(parse.GetValue(id), cancellationToken);
            if (digest is null)
            {
                await Console.Error.WriteLineAsync($"error: no subscription {parse.GetValue(id)}");
                return 1;
            }
            Console.Out.WriteLine(DigestPlainText.Render(digest));
            return 0;
        });
        return command;
    }

    /// <summary>The clock of `--now`: the tick sees that instant.</summary>
    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
