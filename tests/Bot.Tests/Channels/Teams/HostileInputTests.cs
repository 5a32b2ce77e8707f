using System.Net;
using System.Text.Json.Nodes;

namespace ResBot.Bot.Tests.Channels.Teams;

/// <summary>Whatever a (validly signed) request holds, the bot answers 2xx or 400, never 500.</summary>
public sealed class HostileInputTests(TeamsAppFixture app) : IClassFixture<TeamsAppFixture>
{
    public static TheoryData<string> Mutations => new()
    {
        """{"value":"not an object"}""",
        """{"value":{"resbot":"show","groups":[null,{"resolution":null,"paragraphs":[null]}]}}""",
        """{"value":{"resbot":"show","language":"xx","groups":[{"resolution":"99/99","paragraphs":["1"]}]}}""",
        """{"value":{"resbot":"resolution","resolutionKey":"../../etc/passwd"}}""",
        """{"value":{"resbot":42}}""",
        """{"value":{"resbot":"ask","question":""}}""",
        """{"entities":[{"type":"mention"},{"type":"mention","mentioned":null,"text":""}],"text":"<at></at>"}""",
        """{"text":null,"locale":"zz-ZZ"}""",
        """{"from":null,"recipient":null}""",
        """{"type":"invoke","name":"composeExtension/query","value":{"commandId":"searchResolutions","parameters":[{"name":"query","value":{"nested":true}}],"queryOptions":{"skip":-5,"count":100000}}}""",
        """{"type":"invoke","name":"composeExtension/query","value":[]}""",
        """{"type":"invoke","name":"adaptiveCard/action","value":{"action":{"type":"Action.Execute","data":"text"}}}""",
        """{"type":"invoke","name":"adaptiveCard/action","value":{"action":{"type":"Action.Execute","data":{"resbot":"show","groups":"x"}}}}""",
        """{"type":"invoke","name":"unknown/invoke","value":{}}""",
        """{"type":"installationUpdate","action":"something-new"}""",
        """{"type":"conversationUpdate","membersAdded":[{"id":null}],"membersRemoved":[]}""",
        """{"timestamp":"yesterday"}""",
        """{"text":"x","textFormat":"xml","attachments":[{"contentType":"image/png","content":"AAAA"}]}""",
    };

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task A_strange_activity_never_gets_a_server_error(string mutation)
    {
        var activity = TeamsActivities.Message(app.Fakes.ServiceUrl, TeamsActivities.NewPersonalConversation(), "help");
        foreach (var (key, value) in JsonNode.Parse(mutation)!.AsObject())
            activity[key] = value?.DeepClone();

        var errorsBefore = app.Errors.Entries.Count;

        var response = await app.PostAsync(activity);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted or HttpStatusCode.BadRequest,
            $"HTTP {(int)response.StatusCode}");
        Assert.Empty(app.Errors.Entries.Skip(errorsBefore));
    }

    [Fact]
    public async Task Deeply_nested_json_is_a_bad_request()
    {
        var body = new string('[', 5000) + new string(']', 5000);

        var response = await app.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
