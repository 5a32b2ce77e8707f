using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;

namespace ResBot.Bot.Tests.Channels.Teams;

/// <summary>Issue 14, finding 5: scripts/package-teams-app.sh makes a package that is the deployer's own.</summary>
public sealed class PackageTeamsAppScriptTests : IDisposable
{
    private const string BotId = "11111111-2222-3333-4444-555555555555";
    private const string AppId = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
    private readonly string _out = Directory.CreateTempSubdirectory("resbot-teams-package-").FullName;

    [Fact]
    public async Task App_id_version_and_domain_are_filled_in_and_no_placeholder_is_left()
    {
        var zip = Path.Combine(_out, "resbot-teams.zip");
        var (exitCode, errors) = await RunAsync("--bot-id", BotId, "--app-id", AppId, "--version", "1.2.3",
            "--domain", "https://abc123.devtunnels.ms:443/api/messages", "--out", zip);

        Assert.True(exitCode == 0, errors);
        var (manifest, text) = ReadManifest(zip);
        Assert.Equal(AppId, manifest.GetProperty("id").GetString());
        Assert.Equal("1.2.3", manifest.GetProperty("version").GetString());
        Assert.Equal(BotId, manifest.GetProperty("bots")[0].GetProperty("botId").GetString());
        Assert.Equal(["abc123.devtunnels.ms"], manifest.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("https://abc123.devtunnels.ms/privacy", manifest.GetProperty("developer").GetProperty("privacyUrl").GetString());
        Assert.DoesNotContain("resbot.example.org", text);
    }

    [Fact]
    public async Task Without_an_app_id_one_is_generated_once_and_kept_for_the_next_package()
    {
        var zip = Path.Combine(_out, "resbot-teams.zip");
        var first = await RunAsync("--bot-id", BotId, "--domain", "abc123.devtunnels.ms", "--out", zip);
        var firstId = ReadManifest(zip).Manifest.GetProperty("id").GetString();
        var second = await RunAsync("--bot-id", BotId, "--domain", "abc123.devtunnels.ms", "--out", zip);
        var secondId = ReadManifest(zip).Manifest.GetProperty("id").GetString();

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.True(Guid.TryParse(firstId, out _));
        Assert.NotEqual("60ba3485-bd97-4ccb-b486-fb53f5d50597", firstId);
        Assert.Equal(firstId, secondId);
    }

    [Theory]
    [InlineData("--version", "2")]
    [InlineData("--app-id", "not-a-guid")]
    [InlineData("--domain", "https:///")]
    public async Task A_bad_value_is_refused_by_name(string option, string value)
    {
        var arguments = new List<string> { "--bot-id", BotId, "--domain", "abc123.devtunnels.ms", "--out", Path.Combine(_out, "x.zip") };
        var at = arguments.IndexOf(option);
        if (at >= 0)
            arguments[at + 1] = value;
        else
            arguments.AddRange([option, value]);

        var (exitCode, errors) = await RunAsync([.. arguments]);

        Assert.Equal(2, exitCode);
        Assert.Contains(option, errors);
    }

    private static (JsonElement Manifest, string Text) ReadManifest(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        using var reader = new StreamReader(archive.GetEntry("manifest.json")!.Open());
        var text = reader.ReadToEnd();
        return (JsonDocument.Parse(text).RootElement.Clone(), text);
    }

    private static async Task<(int ExitCode, string Errors)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot(), "scripts", "package-teams-app.sh"));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment.Remove("Teams__AppId");
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await errors);
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

    public void Dispose() => Directory.Delete(_out, recursive: true);
}
