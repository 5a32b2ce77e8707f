namespace ResBot.Bot.Cli.LineEditing;

/// <summary>The terminal behind the console: its keys, read so that a cancelled token ends the wait for one, and its width.</summary>
internal static class ConsoleTerminal
{
    // Short enough that Ctrl+C feels immediate, long enough that an idle chat costs nothing.
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(25);

    /// <summary>
    /// Console.ReadKey blocks and takes no token, so Ctrl+C (which System.CommandLine turns into the action's cancelled
    /// token, SIGINT being handled rather than ending the process) would not stop a chat waiting for a key until the
    /// next key came. Waiting on KeyAvailable first keeps the token in charge.
    /// </summary>
    public static async ValueTask<ConsoleKeyInfo> ReadKeyAsync(CancellationToken cancellationToken)
    {
        while (!Console.KeyAvailable)
            await Task.Delay(PollInterval, cancellationToken);
        return Console.ReadKey(intercept: true);
    }

    /// <summary>The window's width in columns, or 0 when there is no window to ask (output redirected).</summary>
    public static int WindowColumns()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
