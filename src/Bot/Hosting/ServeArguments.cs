namespace ResBot.Bot.Hosting;

/// <summary>Tells a host started by a test or hosting tool from a `resbot` command line.</summary>
public static class ServeArguments
{
    /// <summary>
    /// WebApplicationFactory (and tools like it) start the entry point with host configuration only, every argument
    /// `--key=value` (`--environment=Development`, `--applicationName=resbot`); `resbot` itself is always given a verb.
    /// `--data=…` and `--corpus=…` are the command line's own options, so they never mean "host only".
    /// </summary>
    public static bool IsHostConfigurationOnly(string[] args) =>
        args.Length > 0 && args.All(a =>
            a.StartsWith("--", StringComparison.Ordinal)
            && a.IndexOf('=') is > 2 and var equals
            && a[2..equals] is not ("data" or "corpus"));
}
