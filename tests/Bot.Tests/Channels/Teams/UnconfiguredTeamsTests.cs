using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ResBot.Bot.Tests.Channels.Teams;

/// <summary>With no App ID, the bot cannot check who calls it, so it refuses everyone.</summary>
public sealed class UnconfiguredTeamsTests : IDisposable
{
    private readonly string dataPath = Directory.CreateTempSubdirectory("resbot-teams-unconfigured-").FullName;
    private readonly WebApplicationFactory<Program> factory;

    public UnconfiguredTeamsTests()
    {
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Data:Path", dataPath);
            builder.UseSetting("Teams:AppId", "");
        });
    }

    [Fact]
    public async Task Every_request_is_refused_without_an_app_id()
    {
        using var client = factory.CreateClient();
        var activity = TeamsActivities.Message("https://smba.trafficmanager.net/emea/", TeamsActivities.NewPersonalConversation(), "help");

        var response = await client.PostAsJsonAsync("/api/messages", activity);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    public void Dispose()
    {
        factory.Dispose();
        try
        {
            Directory.Delete(dataPath, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
