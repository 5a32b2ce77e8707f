namespace ResBot.Bot.Hosting;

/// <summary>Tells the `serve` verb from the command-line verbs.</summary>
public static class ServeArguments
{
    /// <summary>
    /// `serve …`, or no verb at all (how WebApplicationFactory and plain hosting start the app),
    /// or only host switches such as `--urls`.
    /// </summary>
    public static bool IsServe(string[] args) =>
        args.Length == 0
        || args[0] == "serve"
        || (args[0].StartsWith("--", StringComparison.Ordinal) && args[0] is not ("--help" or "--version"));

    public static string[] HostArguments(string[] args) => args.Length > 0 && args[0] == "serve" ? args[1..] : args;
}
