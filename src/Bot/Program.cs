using Microsoft.Extensions.Options;
using ResBot.Bot.Cli;
using ResBot.Bot.Hosting;

// One executable, two faces: `serve` runs the web host (Teams, Slack, digests);
// every other verb is a command-line tool over the same services.
if (ServeArguments.IsServe(args))
{
    var app = ResBotHost.Build(ServeArguments.HostArguments(args));
    if (DataFolderCheck.Problem(app.Services.GetRequiredService<IOptions<DataOptions>>().Value.ResolvedPath) is { } problem)
    {
        await Console.Error.WriteLineAsync(problem);
        return DataFolderCheck.ExitCode;
    }
    await app.RunAsync();
    return 0;
}

return await ResBotCommandLine.InvokeAsync(args);

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
