using System.Diagnostics;

namespace ResBot.Bot.Tests.Channels.Slack;

/// <summary>Issue 14, finding 5: scripts/slack-manifest.sh fills the deployer's host into the Slack manifest.</summary>
public sealed class SlackManifestScriptTests
{
    [Theory]
    [InlineData("https://abc123.devtunnels.ms/api/slack/events")]
    [InlineData("abc123.devtunnels.ms")]
    public async Task Every_url_points_at_the_given_host(string host)
    {
        var (exitCode, output) = await RunAsync("--host", host);

        Assert.Equal(0, exitCode);
        foreach (var path in new[] { "/api/slack/commands", "/api/slack/events", "/api/slack/interactions", "/api/slack/oauth/callback" })
            Assert.Contains($"https://abc123.devtunnels.ms{path}", output);
        var settings = output.Split('\n').Where(line => !line.TrimStart().StartsWith('#'));
        Assert.DoesNotContain(settings, line => line.Contains("resbot.example.org"));
    }

    [Fact]
    public async Task A_plain_http_address_is_refused()
    {
        var (exitCode, _) = await RunAsync("--host", "http://abc123.devtunnels.ms");
        Assert.Equal(2, exitCode);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot(), "scripts", "slack-manifest.sh"));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ResBot.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException("ResBot.sln not found above the test binaries");
    }
}
