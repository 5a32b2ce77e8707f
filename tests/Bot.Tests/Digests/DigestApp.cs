using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ResBot.Bot.Digests;
using ResBot.Bot.Storage;
using ResBot.Bot.Tests.Channels.Slack;
using ResBot.Bot.Tests.Channels.Teams;

namespace ResBot.Bot.Tests.Digests;

/// <summary>
/// The whole app with Slack and the Bot Connector faked at the network edge, its own corpus copy (so a test can add a
/// document) and its own data folder; SQLite unless a PostgreSQL connection string is given. The minute tick is off:
/// tests run <see cref="DigestRunner"/>s on a <see cref="FakeTimeProvider"/> themselves.
/// </summary>
public sealed class DigestApp : IDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    public DigestApp(FakeSlack slack, BotFrameworkFakes teams, string corpusPath, string? postgres = null)
    {
        DataPath = Directory.CreateTempSubdirectory("resbot-digests-").FullName;
        var settings = new Dictionary<string, string?>(teams.Settings(DataPath))
        {
            ["Corpus:Path"] = corpusPath,
            ["Digests:Enabled"] = "false",
            ["Slack:SigningSecret"] = SlackSigner.Secret,
            ["Slack:BotToken"] = "xoxb-configured-token",
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
        };
        if (postgres is not null)
        {
            settings["Storage:Provider"] = "postgres";
            settings["Storage:ConnectionString"] = postgres;
        }
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
                builder.UseSetting(key, value);
        });
        _ = _factory.Server; // start the host: storage migrates, options validate
    }

    public string DataPath { get; }

    public IServiceProvider Services => _factory.Services;

    public IBotStore Store => Services.GetRequiredService<IBotStore>();

    /// <summary>A runner on this app's services and the test's clock: two apps give two replicas.</summary>
    internal DigestRunner Runner(TimeProvider time) => ActivatorUtilities.CreateInstance<DigestRunner>(Services, time);

    /// <summary>A copy of the bundled corpus a test may add documents to.</summary>
    public static string CopyCorpus()
    {
        var target = Directory.CreateTempSubdirectory("resbot-corpus-").FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "corpus")))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        return target;
    }

    public void Dispose()
    {
        _factory.Dispose();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold its file for a moment after disposal; a temp folder left behind is harmless.
        }
    }
}
