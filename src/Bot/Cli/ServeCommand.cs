using System.CommandLine;
using Microsoft.Extensions.Options;
using ResBot.Bot.Hosting;

namespace ResBot.Bot.Cli;

/// <summary>
/// `resbot serve [--urls …] [--data …] [--corpus …] [--Key:Path value …]`: the web host (Teams, Slack, digests).
/// Parsed like every other verb, so `--help` prints help and `--data`/`--corpus` mean what they mean elsewhere;
/// tokens it does not know are handed to the ASP.NET Core host as configuration switches (`--Teams:AppId …`).
/// </summary>
public static class ServeCommand
{
    public static readonly Option<string?> UrlsOption = new("--urls")
    {
        Description = $"Addresses to listen on, separated by ';'. Default: the configuration's urls (ASPNETCORE_URLS), else {ResBotHost.DefaultUrl}.",
    };

    public static Command Create()
    {
        var command = new Command("serve", $"Run the web host: Teams, Slack, digests, /healthz, /readyz (default {ResBotHost.DefaultUrl}).")
        {
            UrlsOption,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, _) =>
        {
            var app = ResBotHost.Build([.. parse.UnmatchedTokens], Overrides(parse));
            if (StartupChecks.Problem(app.Services) is { } problem)
            {
                await Console.Error.WriteLineAsync(problem.Message);
                return problem.ExitCode;
            }
            // The host handles Ctrl+C and SIGTERM itself (graceful shutdown); see ResBotCommandLine.
            await app.RunAsync();
            return 0;
        });
        return command;
    }

    /// <summary>The options given on the command line, as configuration keys that win over every other source.</summary>
    private static Dictionary<string, string?> Overrides(ParseResult parse)
    {
        var overrides = CliHost.PathOverrides(parse);
        if (parse.GetValue(UrlsOption) is { } urls)
            overrides[WebHostDefaults.ServerUrlsKey] = urls;
        return overrides;
    }
}
