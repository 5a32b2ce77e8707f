using System.CommandLine;

namespace ResBot.Bot.Cli;

/// <summary>The `resbot` verbs, `serve` included; `--data` and `--corpus` go before or after the verb.</summary>
public static class ResBotCommandLine
{
    public static async Task<int> InvokeAsync(string[] args)
    {
        var root = new RootCommand("ResBot: cited answers from OIC, UN and Arab League resolutions, in Arabic, English and French.");
        root.Options.Add(CliHost.DataOption);
        root.Options.Add(CliHost.CorpusOption);
        root.Subcommands.Add(AskCommand.Create());
        root.Subcommands.Add(ChatCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(EvalParseCommand.Create());
        root.Subcommands.Add(ResolutionsCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(InspectCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(BenchIngestCommand.Create());
        root.Subcommands.Add(BenchIntakeCommand.Create());
        var serve = ServeCommand.Create();
        root.Subcommands.Add(serve);
        root.Subcommands.Add(DigestCommand.Create());
        root.Subcommands.Add(SubscriptionsCommand.Create());
        root.Subcommands.Add(FeedbackCommand.Create());
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var parse = root.Parse(args);
        // Ctrl+C and SIGTERM cancel a verb's token, and the process ends two seconds later if the verb has not: what the
        // documentation gives as the default, set here because System.CommandLine 2.0.0 ships with none (issue
        // dotnet/command-line-api#2739), so Ctrl+C ended every verb outright and no token was ever cancelled. The web
        // host shuts down gracefully on both signals by itself, and the two seconds would cut that short.
        var invocation = new InvocationConfiguration { ProcessTerminationTimeout = parse.CommandResult.Command == serve ? null : TimeSpan.FromSeconds(2) };
        return await parse.InvokeAsync(invocation);
    }
}
