using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ResBot.Bot.Storage;
using ResBot.Bot.Tests.Telemetry;

namespace ResBot.Bot.Tests.Channels.Teams;

/// <summary>The whole app, configured as a Teams bot against <see cref="BotFrameworkFakes"/>, with its own data folder.</summary>
public class TeamsAppFixture : IDisposable
{
    private readonly string dataPath = Directory.CreateTempSubdirectory("resbot-teams-").FullName;

    public TeamsAppFixture()
        : this(_ => new Dictionary<string, string?>())
    {
    }

    /// <summary>For fixtures that configure more (a tenant, …) on top of the fakes, or replace services (a clock).</summary>
    protected TeamsAppFixture(Func<BotFrameworkFakes, IReadOnlyDictionary<string, string?>> moreSettings, Action<IServiceCollection>? services = null)
    {
        Fakes = new BotFrameworkFakes();
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in Fakes.Settings(dataPath).Concat(moreSettings(Fakes)))
                builder.UseSetting(key, value);
            builder.ConfigureLogging(logging => logging.AddProvider(Errors));
            if (services is not null)
                builder.ConfigureTestServices(services);
        });
        Client = Factory.CreateClient();
    }

    public BotFrameworkFakes Fakes { get; }

    /// <summary>The app's data folder (its SQLite store), for `resbot` verbs run against the same data.</summary>
    public string DataPath => dataPath;

    /// <summary>Errors the Teams channel logged: a handler that failed, even if the request still got a 200.</summary>
    public CollectedLog Errors { get; } = new(LogLevel.Error, "ResBot.Bot.Channels.Teams");

    public WebApplicationFactory<Program> Factory { get; }

    public HttpClient Client { get; }

    public IBotStore Store => Factory.Services.GetRequiredService<IBotStore>();

    /// <summary>Posts an activity to /api/messages as the Bot Connector would, with a valid token unless given one.</summary>
    public Task<HttpResponseMessage> PostAsync(JsonNode activity, string? token = "") =>
        PostRawAsync(activity.ToJsonString(), token);

    public async Task<HttpResponseMessage> PostRawAsync(string body, string? token = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Length == 0 ? Fakes.Token() : token);
        return await Client.SendAsync(request);
    }

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        Client.Dispose();
        Factory.Dispose();
        Fakes.Dispose();
        try
        {
            Directory.Delete(dataPath, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file on some platforms; the temp folder is cleaned by the OS.
        }
    }
}
