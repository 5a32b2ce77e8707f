using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ResBot.Bot.Tests.Channels.Teams;

/// <summary>The search extension in the compose box: matching clauses as cards with previews, paged.</summary>
public sealed class MessagingExtensionTests(TeamsAppFixture app) : IClassFixture<TeamsAppFixture>
{
    private BotFrameworkFakes Fakes => app.Fakes;

    [Fact]
    public async Task A_search_returns_clauses_with_citations_and_previews()
    {
        var results = await SearchAsync("computer emergency response team", skip: 0, count: 3);

        Assert.InRange(results.Count, 1, 3);
        foreach (var result in results)
        {
            Assert.Equal("application/vnd.microsoft.card.adaptive", result.GetProperty("contentType").GetString());
            Assert.Contains("OIC/CFM-38/2011/INF/RES/FINAL", result.GetProperty("content").GetRawText());
            var preview = result.GetProperty("preview");
            Assert.Equal("application/vnd.microsoft.card.thumbnail", preview.GetProperty("contentType").GetString());
            Assert.Contains("¶", preview.GetProperty("content").GetProperty("title").GetString());
            Assert.False(string.IsNullOrWhiteSpace(preview.GetProperty("content").GetProperty("text").GetString()));
        }
        Assert.Contains(results, r => r.GetProperty("preview").GetProperty("content").GetProperty("title").GetString()!.StartsWith("38/4"));
    }

    [Fact]
    public async Task Pages_follow_query_options_without_overlap()
    {
        var first = await SearchAsync("", skip: 0, count: 4);
        var second = await SearchAsync("", skip: 4, count: 4);

        Assert.Equal(4, first.Count);
        Assert.NotEmpty(second);
        var firstTitles = first.Select(Title).ToHashSet();
        Assert.DoesNotContain(second, r => firstTitles.Contains(Title(r)));
    }

    [Fact]
    public async Task The_opening_search_lists_the_latest_resolutions_at_most_ten()
    {
        // Teams opens the extension with an `initialRun` parameter and its default count of 25.
        var results = await SearchAsync(null, skip: 0, count: 25, initialRun: true);

        Assert.Equal(10, results.Count);
    }

    [Fact]
    public async Task An_unknown_command_returns_no_results()
    {
        var results = await SearchAsync("cert", skip: 0, count: 5, commandId: "somethingElse");

        Assert.Empty(results);
    }

    private static string Title(JsonElement result) => result.GetProperty("preview").GetProperty("content").GetProperty("title").GetString()!;

    private async Task<IReadOnlyList<JsonElement>> SearchAsync(string? query, int skip, int count, bool initialRun = false, string commandId = "searchResolutions")
    {
        var parameters = new JsonArray();
        if (initialRun)
            parameters.Add(new JsonObject { ["name"] = "initialRun", ["value"] = "true" });
        else
            parameters.Add(new JsonObject { ["name"] = "query", ["value"] = query });
        var value = new JsonObject
        {
            ["commandId"] = commandId,
            ["parameters"] = parameters,
            ["queryOptions"] = new JsonObject { ["skip"] = skip, ["count"] = count },
        };
        var conversation = TeamsActivities.NewPersonalConversation();

        var response = await app.PostAsync(TeamsActivities.Invoke(Fakes.ServiceUrl, conversation, "composeExtension/query", value));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("composeExtension");
        Assert.Equal("result", body.GetProperty("type").GetString());
        Assert.Equal("list", body.GetProperty("attachmentLayout").GetString());
        Assert.Empty(Fakes.ConnectorCalls(conversation));
        return body.GetProperty("attachments").EnumerateArray().ToList();
    }
}
