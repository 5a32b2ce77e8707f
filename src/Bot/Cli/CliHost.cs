using System.CommandLine;
using Microsoft.Extensions.Logging.Console;
using ResBot.Bot.Hosting;
using ResBot.Bot.Storage;

namespace ResBot.Bot.Cli;

/// <summary>The services behind the command-line verbs: the same core the web host uses, without the web.</summary>
public static class CliHost
{
    /// <summary>`--data &lt;folder&gt;` on every verb: overrides `Data:Path`.</summary>
    public static readonly Option<string?> DataOption = new("--data")
    {
        Description = "Data folder (index, database); overrides Data:Path.",
        Recursive = true,
    };

    /// <summary>`--corpus &lt;folder&gt;` on every verb: overrides `Corpus:Path`.</summary>
    public static readonly Option<string?> CorpusOption = new("--corpus")
    {
        Description = "Corpus folder of resolution documents; overrides Corpus:Path.",
        Recursive = true,
    };

    /// <summary>`--data` and `--corpus`, as the configuration keys they override (made absolute from where resbot was started).</summary>
    public static Dictionary<string, string?> PathOverrides(ParseResult parse)
    {
        var overrides = new Dictionary<string, string?>();
        if (parse.GetValue(DataOption) is { } data)
            overrides[$"{DataOptions.Section}:Path"] = Path.GetFullPath(data);
        if (parse.GetValue(CorpusOption) is { } corpus)
            overrides[$"{CorpusOptions.Section}:Path"] = Path.GetFullPath(corpus);
        return overrides;
    }

    /// <param name="configure">Services a verb needs beyond the core (digests add their runner and senders).</param>
    public static IHost Build(ParseResult parse, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Configuration.AddResBotUserSecrets(builder.Environment);
        builder.Configuration.AddInMemoryCollection(PathOverrides(parse));

        // Standard output carries answers (and JSON lines); diagnostics go to standard error, warnings and up.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);

        builder.Services.AddResBotCore(builder.Configuration);
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        if (StartupChecks.Problem(host.Services) is { } problem)
        {
            // A verb cannot run without its data folder or with broken settings; say why and how to fix it, without a stack trace.
            Console.Error.WriteLine(problem.Message);
            Environment.Exit(problem.ExitCode);
        }
        return host;
    }
}
