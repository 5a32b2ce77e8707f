using Microsoft.Extensions.Options;
using ResBot.Bot.Storage;

namespace ResBot.Bot.Hosting;

/// <summary>
/// What every verb checks before it runs: a data folder it can write and settings that make sense. Either problem is
/// one line naming the setting or path and the fix, with the exit code the verb returns.
/// </summary>
public static class StartupChecks
{
    public static (string Message, int ExitCode)? Problem(IServiceProvider services)
    {
        if (DataFolderCheck.Problem(services.GetRequiredService<IOptions<DataOptions>>().Value.ResolvedPath) is { } folder)
            return (folder, DataFolderCheck.ExitCode);
        if (ConfigurationCheck.Problem(services) is { } configuration)
            return (configuration, ConfigurationCheck.ExitCode);
        return null;
    }
}
