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
        // The web host shuts down gracefully on Ctrl+C and SIGTERM by itself; System.CommandLine's handler would
        // cut that short after two seconds.
        var invocation = parse.CommandResult.Command == serve ? new InvocationConfiguration { ProcessTerminationTimeout = null } : null;
        return await parse.InvokeAsync(invocation);
    }
}
