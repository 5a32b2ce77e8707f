using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ResBot.Bot.Tests.Channels.Teams;

/// <summary>
/// Teams:AllowUnauthenticated with no App ID (emulator, local DirectLine): requests need no token, replies carry
/// none, and only a connector on this machine is ever answered.
/// </summary>
public sealed class DevelopmentModeTests : IDisposable
{
    private readonly string dataPath = Directory.CreateTempSubdirectory("resbot-teams-dev-").FullName;
    private readonly BotFrameworkFakes fakes = new();
    private readonly WebApplicationFactory<Program> factory;

    public DevelopmentModeTests()
    {
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Data:Path", dataPath);
            builder.UseSetting("Teams:AppId", "");
            builder.UseSetting("Teams:AllowUnauthenticated", "true");
        });
    }

    [Fact]
    public async Task A_local_emulator_is_answered_without_tokens()
    {
        using var client = factory.CreateClient();
        var conversation = TeamsActivities.NewPersonalConversation();
        var activity = TeamsActivities.Message(fakes.ServiceUrl, conversation, "help");
        activity["channelId"] = "emulator";

        var response = await client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await fakes.WaitForMessagesAsync(conversation));
        var call = Assert.Single(fakes.ConnectorCalls(conversation));
        Assert.False(call.RequestMessage.Headers!.ContainsKey("Authorization"));
        Assert.DoesNotContain(fakes.Server.LogEntries, e => e.RequestMessage.Path == "/token");
    }

    [Fact]
    public async Task A_remote_service_url_is_refused()
    {
        using var client = factory.CreateClient();
        JsonNode activity = TeamsActivities.Message("https://smba.trafficmanager.net/emea/", TeamsActivities.NewPersonalConversation(), "help");

        var response = await client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    public void Dispose()
    {
        factory.Dispose();
        fakes.Dispose();
        try
        {
            Directory.Delete(dataPath, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
