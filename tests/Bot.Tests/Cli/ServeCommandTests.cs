using System.Net;
using System.Net.Sockets;

namespace ResBot.Bot.Tests.Cli;

/// <summary>Issue 14, finding 1: `serve` is parsed like every verb; global options go before or after the verb.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("resbot-serve-").FullName;

    private string Home => Path.Combine(_root, "home");

    /// <summary>A home folder of its own, so a test sees whether anything went to the per-user default data folder.</summary>
    private Dictionary<string, string?> Environment => new()
    {
        ["HOME"] = Home,
        ["XDG_DATA_HOME"] = null,
        ["ASPNETCORE_URLS"] = null,
        ["DOTNET_ENVIRONMENT"] = null,
        ["ASPNETCORE_ENVIRONMENT"] = null,
    };

    [Fact]
    public async Task Serve_help_prints_the_options_and_exits_without_starting_a_server()
    {
        Directory.CreateDirectory(Home);
        var result = await ResbotProcess.RunAsync(null, Environment, "serve", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--urls", result.Output);
        Assert.Contains("--data", result.Output);
        Assert.Contains("--corpus", result.Output);
        Assert.Contains("http://127.0.0.1:3978", result.Output);
        Assert.DoesNotContain("Now listening", result.Output + result.Errors);
    }

    [Fact]
    public async Task Serve_writes_its_state_only_under_data_and_keeps_urls_given_after_other_options()
    {
        Directory.CreateDirectory(Home);
        var data = Path.Combine(_root, "data");
        var url = $"http://127.0.0.1:{FreePort()}";
        await using var serve = ResbotProcess.Start(Environment, "serve", "--data", data, "--corpus", CorpusCopy(), "--urls", url);

        using var http = new HttpClient { BaseAddress = new Uri(url) };
        var ready = await WaitForAsync(http, "/readyz", serve);
        var result = await serve.StopAsync();

        Assert.True(ready, $"serve did not answer /readyz on {url}:\n{result.Output}\n{result.Errors}");
        Assert.True(File.Exists(Path.Combine(data, "resbot.db")), "the database is under --data");
        Assert.NotEmpty(Directory.GetDirectories(Path.Combine(data, "index")));
        Assert.False(Directory.Exists(Path.Combine(Home, ".local", "share", "resbot")), "nothing goes to the default data folder");
        Assert.Contains("Knowledge loaded: 1 resolutions", result.Output + result.Errors);
    }

    [Fact]
    public async Task A_global_option_before_the_verb_runs_the_verb()
    {
        Directory.CreateDirectory(Home);
        var data = Path.Combine(_root, "data");
        var result = await ResbotProcess.RunAsync(null, Environment, "--data", data, "ask", "What did 38/4 ask member states to do?");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("[OIC/CFM-38/2011/INF/RES/FINAL, 38/4, ¶5]", result.Output);
        Assert.True(Directory.Exists(Path.Combine(data, "index")));
        Assert.DoesNotContain("Now listening", result.Output + result.Errors);
    }

    /// <summary>One resolution of the bundled corpus, so the log shows which corpus was loaded.</summary>
    private string CorpusCopy()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_root, "corpus")).FullName;
        File.WriteAllText(Path.Combine(corpus, "cfm39.en.txt"),
            "---\nsymbol: OIC/CFM-39/2012/INF/RES/FINAL\nlanguage: en\nstatus: authoritative\n---\n" +
            "RESOLUTION No. 1/39-INF\nON\nMedia literacy\n\nRecalling resolution 38/1-INF;\n\n1. Urges member States to promote media literacy.\n");
        return corpus;
    }

    private static async Task<bool> WaitForAsync(HttpClient http, string path, ResbotProcess.Running process)
    {
        for (var attempt = 0; attempt < 300 && !process.HasExited; attempt++)
        {
            try
            {
                if ((await http.GetAsync(path)).StatusCode == HttpStatusCode.OK)
                    return true;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        return false;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
