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

    [Fact]
    public async Task Hits_come_in_relevance_order_the_clauses_that_name_the_term_first()
    {
        var results = await SearchAsync("OIC-CERT", skip: 0, count: 5);

        // Every 38/4 clause on the team is tagged with it; the operative ones that write "OIC-CERT" out come first,
        // not the preamble's opening in paragraph order.
        Assert.Equal(["38/4 ¶5", "38/4 ¶6"], results.Take(2).Select(Title));
        Assert.Contains("OIC-CERT", PreviewText(results[1]));
        Assert.Contains("OIC Computer Emergency Response", PreviewText(results[0]));
        Assert.DoesNotContain(results, r => Title(r) == "38/4 ¶PP1");
    }

    [Fact]
    public async Task An_english_term_from_an_arabic_client_finds_the_clause_and_previews_its_arabic_name()
    {
        var results = await SearchAsync("OIC-CERT", skip: 0, count: 5, locale: "ar-SA");

        Assert.Equal("38/4 ¶5", Title(results[0]));
        Assert.All(results, r => Assert.StartsWith("38/4 ", Title(r)));
        // In Arabic, as the client is, and centred on the team's Arabic name rather than the clause's opening.
        var preview = PreviewText(results[0]);
        Assert.Contains("فريق الاستجابة للطوارئ الحاسوبية", preview);
        Assert.StartsWith("…", preview);
        Assert.Contains("\"rtl\":true", results[0].GetProperty("content").GetRawText());
    }

    [Theory]
    [InlineData("cybersecurity", "ar-SA")]
    [InlineData("Digital Solidarity Fund", "ar-SA")]
    [InlineData("cybersécurité", "fr-FR")]
    public async Task A_term_typed_in_another_language_than_the_clients_is_found_and_shown_in_the_clients(string query, string locale)
    {
        var results = await SearchAsync(query, skip: 0, count: 5, locale: locale);

        Assert.NotEmpty(results);
        var expected = query.StartsWith("Digital", StringComparison.Ordinal) ? "38/3 " : "38/4 ";
        Assert.All(results, r => Assert.StartsWith(expected, Title(r)));
        Assert.All(results, r => Assert.Equal(locale == "ar-SA", PreviewText(r).Any(c => c is >= '\u0600' and <= '\u06FF')));
    }

    private static string PreviewText(JsonElement result) => result.GetProperty("preview").GetProperty("content").GetProperty("text").GetString()!;

    private static string Title(JsonElement result) => result.GetProperty("preview").GetProperty("content").GetProperty("title").GetString()!;

    private async Task<IReadOnlyList<JsonElement>> SearchAsync(string? query, int skip, int count, bool initialRun = false, string commandId = "searchResolutions",
        string locale = "en-US")
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

        var response = await app.PostAsync(TeamsActivities.Invoke(Fakes.ServiceUrl, conversation, "composeExtension/query", value, locale));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("composeExtension");
        Assert.Equal("result", body.GetProperty("type").GetString());
        Assert.Equal("list", body.GetProperty("attachmentLayout").GetString());
        Assert.Empty(Fakes.ConnectorCalls(conversation));
        return body.GetProperty("attachments").EnumerateArray().ToList();
    }
}
