using System.Net;
using System.Text.Json;
using ResBot.Bot.Channels.Slack.Rendering;

namespace ResBot.Bot.Tests.Channels.Slack;

public sealed class SlashCommandTests : IClassFixture<SlashCommandTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public FakeSlack Slack { get; } = new();
        public SlackHost Host { get; }
        // Slack answers users.info at once here; the default 1 s wait is for production, not for a loaded test machine.
        public Fixture()
        {
            Host = new SlackHost(Slack, settings: new Dictionary<string, string> { ["Slack:UserLookupBudget"] = "00:00:02.500" });
            // One question first, answered or not within the budget: the tests that need an answer inside Slack's
            // acknowledgement budget measure a warm process, not the first question's index opening and JIT on a
            // loaded test machine.
            Host.SendAsync(SlackSigner.Signed("/api/slack/commands", SlackPayloads.SlashCommand("What does 38/2 approve?", Slack.NewResponseUrl(), "U-warm-up"), SlackPayloads.Form))
                .GetAwaiter().GetResult();
        }

        public void Dispose()
        {
            Host.Dispose();
            Slack.Dispose();
        }
    }

    private readonly Fixture fixture;

    public SlashCommandTests(Fixture fixture) => this.fixture = fixture;

    private async Task<JsonElement> CommandAsync(SlackHost host, string text, string responseUrl, string userId = "U0001")
    {
        var response = await host.SendAsync(SlackSigner.Signed("/api/slack/commands", SlackPayloads.SlashCommand(text, responseUrl, userId), SlackPayloads.Form));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static string AllText(JsonElement message) => message.GetRawText();

    private static IEnumerable<JsonElement> Buttons(JsonElement message) =>
        message.GetProperty("blocks").EnumerateArray()
            .Where(b => b.GetProperty("type").GetString() == "actions")
            .SelectMany(b => b.GetProperty("elements").EnumerateArray());

    [Fact]
    public async Task A_question_answered_in_time_is_the_acknowledgement_itself_privately_with_citations()
    {
        var responseUrl = fixture.Slack.NewResponseUrl();

        var ack = await CommandAsync(fixture.Host, "What does resolution 38/4 ask member states to do?", responseUrl);

        Assert.Equal("ephemeral", ack.GetProperty("response_type").GetString());
        Assert.Contains("OIC/CFM-38/2011/INF/RES/FINAL, 38/4, ¶5", AllText(ack));
        Assert.Contains("Calls upon the member States", AllText(ack));
        Assert.Contains(Buttons(ack), b => b.GetProperty("action_id").GetString()!.StartsWith(SlackAnswerRenderer.ShareAction));
        Assert.Equal(0, fixture.Slack.Count(new Uri(responseUrl).AbsolutePath));
    }

    [Fact]
    public async Task A_thumbs_up_under_a_private_answer_is_stored_with_the_question_it_judges()
    {
        var ack = await CommandAsync(fixture.Host, "Que demande la résolution 38/4 aux États membres ?", fixture.Slack.NewResponseUrl(), userId: "U-fb-slash");
        var feedback = ack.GetProperty("blocks").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "context_actions");
        var like = feedback.GetProperty("elements")[0].GetProperty("positive_button").GetProperty("value").GetString()!;

        var press = SlackSigner.Signed("/api/slack/interactions",
            SlackPayloads.FeedbackPress(like, fixture.Slack.NewResponseUrl(), channel: "C0001", user: "U-fb-slash"), SlackPayloads.Form);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Host.SendAsync(press)).StatusCode);

        var stored = Assert.Single(await fixture.Host.Store.ListFeedbackAsync(new ResBot.Bot.Feedback.FeedbackFilter()), f => f.UserId == "U-fb-slash");
        Assert.Equal((ResBot.Bot.Feedback.FeedbackReaction.Like, "C0001", "Que demande la résolution 38/4 aux États membres ?"),
            (stored.Reaction, stored.Answer.ConversationId, stored.Answer.Question));
    }

    [Fact]
    public async Task Help_has_no_feedback_buttons()
    {
        var ack = await CommandAsync(fixture.Host, "help", fixture.Slack.NewResponseUrl());

        Assert.DoesNotContain(ack.GetProperty("blocks").EnumerateArray(), b => b.GetProperty("type").GetString() == "context_actions");
    }

    [Fact]
    public async Task An_arabic_question_is_answered_in_arabic_blocks()
    {
        var ack = await CommandAsync(fixture.Host, "ماذا طلب القرار 38/4 من الدول الأعضاء؟", fixture.Slack.NewResponseUrl());

        var sections = ack.GetProperty("blocks").EnumerateArray()
            .Where(b => b.GetProperty("type").GetString() == "section")
            .Select(b => b.GetProperty("text").GetProperty("text").GetString()!)
            .ToList();
        Assert.Contains(sections, s => s.Contains("يدعو الدول الأعضاء"));
        Assert.Contains("38/4, ¶6", AllText(ack));
        Assert.Contains(Buttons(ack), b => b.GetProperty("text").GetProperty("text").GetString() == "مشاركة في القناة");
    }

    [Fact]
    public async Task A_slow_answer_is_acknowledged_as_searching_then_posted_to_the_response_url()
    {
        using var host = new SlackHost(fixture.Slack, gated: true);
        var responseUrl = fixture.Slack.NewResponseUrl();

        var ack = await CommandAsync(host, "What does resolution 38/4 ask member states to do?", responseUrl);
        Assert.Contains("Searching", AllText(ack));
        Assert.DoesNotContain("¶5", AllText(ack));

        host.Gate.Open();
        var posted = (await fixture.Slack.WaitForAsync(new Uri(responseUrl).AbsolutePath)).Single();
        Assert.Equal("ephemeral", posted.GetProperty("response_type").GetString());
        Assert.Contains("OIC/CFM-38/2011/INF/RES/FINAL, 38/4, ¶5", posted.GetRawText());
    }

    [Theory]
    [InlineData("help", "answers questions about OIC")]
    [InlineData("aide", "répond aux questions")]
    [InlineData("مساعدة", "يجيب عن الأسئلة")]
    [InlineData("", "answers questions about OIC")]
    public async Task Help_comes_in_the_language_of_the_word_used(string text, string expected)
    {
        var ack = await CommandAsync(fixture.Host, text, fixture.Slack.NewResponseUrl(), userId: "U-help");

        Assert.Contains(expected, AllText(ack));
    }

    [Fact]
    public async Task The_chosen_language_is_kept_for_later_answers()
    {
        var set = await CommandAsync(fixture.Host, "lang fr", fixture.Slack.NewResponseUrl(), userId: "U-french");
        Assert.Contains("en français", AllText(set));

        // A question whose words do not say its language: the stored choice decides.
        var ack = await CommandAsync(fixture.Host, "38/4 ¶6", fixture.Slack.NewResponseUrl(), userId: "U-french");

        Assert.Contains("Demande aux États membres", AllText(ack));
        Assert.Contains(Buttons(ack), b => b.GetProperty("text").GetProperty("text").GetString() == "Partager dans le canal");
    }

    [Fact]
    public async Task An_unknown_language_gets_the_list_of_languages()
    {
        var ack = await CommandAsync(fixture.Host, "lang de", fixture.Slack.NewResponseUrl(), userId: "U-german");

        Assert.Contains("`ar`", AllText(ack));
    }

    [Fact]
    public async Task Share_in_channel_posts_the_same_answer_for_everyone()
    {
        var ack = await CommandAsync(fixture.Host, "What does resolution 38/4 ask member states to do?", fixture.Slack.NewResponseUrl());
        var share = Buttons(ack).First(b => b.GetProperty("action_id").GetString()!.StartsWith(SlackAnswerRenderer.ShareAction));
        var interactionUrl = fixture.Slack.NewResponseUrl();

        var response = await fixture.Host.SendAsync(SlackSigner.Signed("/api/slack/interactions",
            SlackPayloads.Interaction(share.GetProperty("action_id").GetString()!, share.GetProperty("value").GetString()!, interactionUrl), SlackPayloads.Form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posted = (await fixture.Slack.WaitForAsync(new Uri(interactionUrl).AbsolutePath)).Single();
        Assert.Equal("in_channel", posted.GetProperty("response_type").GetString());
        Assert.False(posted.GetProperty("replace_original").GetBoolean());
        Assert.Equal(Sections(ack), Sections(posted));
        Assert.DoesNotContain(Buttons(posted), b => b.GetProperty("action_id").GetString()!.StartsWith(SlackAnswerRenderer.ShareAction));
    }

    [Fact]
    public async Task The_authoritative_arabic_button_shows_the_cited_paragraphs_in_arabic()
    {
        var ack = await CommandAsync(fixture.Host, "What does resolution 38/4 ask member states to do?", fixture.Slack.NewResponseUrl());
        var arabic = Buttons(ack).Single(b => b.GetProperty("text").GetProperty("text").GetString() == "Authoritative Arabic text");
        var interactionUrl = fixture.Slack.NewResponseUrl();

        await fixture.Host.SendAsync(SlackSigner.Signed("/api/slack/interactions",
            SlackPayloads.Interaction(arabic.GetProperty("action_id").GetString()!, arabic.GetProperty("value").GetString()!, interactionUrl), SlackPayloads.Form));

        var posted = (await fixture.Slack.WaitForAsync(new Uri(interactionUrl).AbsolutePath)).Single();
        Assert.Equal("ephemeral", posted.GetProperty("response_type").GetString());
        Assert.Contains("يدعو الدول الأعضاء", posted.GetRawText());
        Assert.Contains("38/4, ¶6", posted.GetRawText());
    }

    [Fact]
    public async Task Subscribing_to_a_digest_uses_the_users_slack_time_zone_and_remembers_the_channel_for_delivery()
    {
        fixture.Slack.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/api/users.info").UsingPost()).AtPriority(1)
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200)
                .WithBodyAsJson(new { ok = true, user = new { id = "U-digest", tz = "Asia/Riyadh" } }));

        var ack = await CommandAsync(fixture.Host, "subscribe cybersecurity at 09:00", fixture.Slack.NewResponseUrl(), userId: "U-digest");

        Assert.Contains("Subscribed", AllText(ack));
        Assert.Contains("Asia/Riyadh", AllText(ack));
        var subscription = Assert.Single(await fixture.Host.Store.ListSubscriptionsAsync("slack", "C0001"), s => s.CreatedBy == "U-digest");
        Assert.Equal(("cybersecurity", new TimeOnly(9, 0), "Asia/Riyadh"), (subscription.Topic, subscription.LocalTime, subscription.TimeZone));
        var conversation = await fixture.Host.Store.GetConversationAsync("slack", "C0001");
        Assert.Equal(SlackPayloads.TeamId, conversation!.TenantId);
        Assert.True(conversation.Active);
        Assert.Equal("Bearer xoxb-configured-token", fixture.Slack.Requests("/api/users.info").Last().RequestMessage.Headers!["Authorization"].Single());

        var list = await CommandAsync(fixture.Host, "اشتراكاتي", fixture.Slack.NewResponseUrl(), userId: "U-digest");
        Assert.Contains("cybersecurity", AllText(list));
    }

    [Fact]
    public async Task A_slow_time_zone_lookup_does_not_hold_up_the_acknowledgement_and_the_subscription_falls_back_to_utc()
    {
        using var slack = new FakeSlack();
        slack.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/api/users.info").UsingPost()).AtPriority(1)
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromSeconds(10))
                .WithBodyAsJson(new { ok = true, user = new { id = "U-slow", tz = "Asia/Riyadh" } }));
        using var host = new SlackHost(slack);
        await CommandAsync(host, "help", slack.NewResponseUrl()); // a warm server, as Slack usually meets
        // Slack gives up on an acknowledgement after 3 seconds.
        using var slackPatience = new CancellationTokenSource(TimeSpan.FromSeconds(3));

        var response = await host.Client.SendAsync(
            SlackSigner.Signed("/api/slack/commands", SlackPayloads.SlashCommand("subscribe cybersecurity", slack.NewResponseUrl(), "U-slow"), SlackPayloads.Form),
            slackPatience.Token);

        Assert.Contains("Subscribed", await response.Content.ReadAsStringAsync());
        Assert.Equal("UTC", Assert.Single(await host.Store.ListSubscriptionsAsync("slack", "C0001")).TimeZone);
    }

    private static List<string> Sections(JsonElement message) =>
        message.GetProperty("blocks").EnumerateArray()
            .Where(b => b.GetProperty("type").GetString() == "section")
            .Select(b => b.GetProperty("text").GetProperty("text").GetString()!)
            .ToList();
}
