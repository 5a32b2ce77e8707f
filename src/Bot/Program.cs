using ResBot.Bot.Cli;
using ResBot.Bot.Hosting;

// One executable, two faces: `serve` runs the web host (Teams, Slack, digests); every other verb is a command-line
// tool over the same services. A test host (WebApplicationFactory) starts the web host with configuration only.
if (ServeArguments.IsHostConfigurationOnly(args))
{
    await ResBotHost.Build(args).RunAsync();
    return 0;
}

return await ResBotCommandLine.InvokeAsync(args);

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
