using System.Reflection;
using Microsoft.Extensions.Configuration.UserSecrets;
using ResBot.Bot.Tests.Cli;

namespace ResBot.Bot.Tests.Hosting;

/// <summary>
/// Issue 14, finding 2: `dotnet user-secrets set … --project src/Bot`, which the docs recommend, is read by
/// `serve` and the verbs in every environment, below environment variables and the command line.
/// </summary>
public sealed class UserSecretsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("resbot-secrets-").FullName;

    private string Home => Path.Combine(_root, "home");

    [Fact]
    public void The_bot_project_has_a_user_secrets_id()
    {
        Assert.NotNull(typeof(Program).Assembly.GetCustomAttribute<UserSecretsIdAttribute>());
    }

    [Fact]
    public async Task A_user_secret_is_read_outside_development()
    {
        var data = Path.Combine(_root, "from-secrets");
        WriteSecrets(data);

        var result = await ResbotProcess.RunAsync(null, Environment(), "resolutions");

        Assert.Equal(0, result.ExitCode);
        Assert.True(Directory.Exists(Path.Combine(data, "index")), result.Errors);
    }

    [Fact]
    public async Task An_environment_variable_wins_over_a_user_secret()
    {
        var fromSecrets = Path.Combine(_root, "from-secrets");
        var fromEnvironment = Path.Combine(_root, "from-environment");
        WriteSecrets(fromSecrets);
        var environment = Environment();
        environment["Data__Path"] = fromEnvironment;

        var result = await ResbotProcess.RunAsync(null, environment, "resolutions");

        Assert.Equal(0, result.ExitCode);
        Assert.True(Directory.Exists(Path.Combine(fromEnvironment, "index")));
        Assert.False(Directory.Exists(fromSecrets));
    }

    /// <summary>Where `dotnet user-secrets` writes on Linux and macOS: ~/.microsoft/usersecrets/&lt;id&gt;/secrets.json.</summary>
    private void WriteSecrets(string dataPath)
    {
        var id = typeof(Program).Assembly.GetCustomAttribute<UserSecretsIdAttribute>()!.UserSecretsId;
        var folder = Directory.CreateDirectory(Path.Combine(Home, ".microsoft", "usersecrets", id)).FullName;
        File.WriteAllText(Path.Combine(folder, "secrets.json"), System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["Data:Path"] = dataPath }));
    }

    private Dictionary<string, string?> Environment() => new()
    {
        ["HOME"] = Home,
        ["APPDATA"] = null,
        ["DOTNET_USER_SECRETS_FALLBACK_DIR"] = null,
        ["DOTNET_ENVIRONMENT"] = "Production",
        ["ASPNETCORE_ENVIRONMENT"] = null,
        ["Data__Path"] = null,
    };

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
