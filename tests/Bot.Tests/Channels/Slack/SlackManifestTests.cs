using ResBot.Bot.Channels.Slack.Installation;

namespace ResBot.Bot.Tests.Channels.Slack;

/// <summary>The manifest a workspace admin pastes into Slack matches what the host serves and asks for.</summary>
public sealed class SlackManifestTests
{
    private static readonly string Manifest = File.ReadAllText(Path.Combine(RepositoryRoot(), "manifests", "slack", "manifest.yaml"));

    [Theory]
    [InlineData("url: https://resbot.example.org/api/slack/commands")]
    [InlineData("request_url: https://resbot.example.org/api/slack/events")]
    [InlineData("request_url: https://resbot.example.org/api/slack/interactions")]
    [InlineData("- https://resbot.example.org" + SlackInstallEndpoints.CallbackPath)]
    [InlineData("command: /resbot")]
    [InlineData("usage_hint:")]
    [InlineData("- app_mention")]
    [InlineData("- message.im")]
    [InlineData("- assistant_thread_started")]
    [InlineData("- assistant_thread_context_changed")]
    [InlineData("  assistant_view:\n    assistant_description: ")]
    public void The_manifest_points_slack_at_the_endpoints_the_host_maps(string line)
    {
        Assert.Contains(line, Manifest);
    }

    [Fact]
    public void The_manifest_asks_for_exactly_the_scopes_the_install_flow_requests()
    {
        var bot = Manifest[Manifest.IndexOf("    bot:", StringComparison.Ordinal)..Manifest.IndexOf("settings:", StringComparison.Ordinal)];
        var scopes = bot.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("- ")).Select(l => l[2..]).ToList();

        Assert.Equal(SlackInstallEndpoints.BotScopes.Split(','), scopes);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ResBot.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("ResBot.sln not found above the test binaries");
    }
}
