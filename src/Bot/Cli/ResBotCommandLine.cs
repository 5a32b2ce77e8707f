using System.CommandLine;

namespace ResBot.Bot.Cli;

/// <summary>The `resbot` verbs other than `serve`.</summary>
public static class ResBotCommandLine
{
    public static async Task<int> InvokeAsync(string[] args)
    {
        var root = new RootCommand("ResBot: cited answers from OIC, UN and Arab League resolutions, in Arabic, English and French.");
        root.Options.Add(CliHost.DataOption);
        root.Options.Add(CliHost.CorpusOption);
        root.Subcommands.Add(AskCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(EvalParseCommand.Create());
        root.Subcommands.Add(ResolutionsCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(InspectCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(BenchIngestCommand.Create());
        root.Subcommands.Add(new Command("serve", "Run the web host: Teams, Slack, digests (--urls http://127.0.0.1:3978)."));
        root.Subcommands.Add(DigestCommand.Create());
        root.Subcommands.Add(SubscriptionsCommand.Create());
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return await root.Parse(args).InvokeAsync();
    }
}
