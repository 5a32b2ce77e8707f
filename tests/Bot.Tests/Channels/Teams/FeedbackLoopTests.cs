using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ResBot.Bot.Feedback;
using ResBot.Bot.Tests.Cli;

namespace ResBot.Bot.Tests.Channels.Teams;

/// <summary>
/// Teams' thumbs under an answer: the `message/submitAction` invoke names the answer by replyToId, the feedback is
/// stored with that answer's question, citations and mode, and `resbot feedback` exports it.
/// </summary>
public sealed class FeedbackLoopTests(TeamsAppFixture app) : IClassFixture<TeamsAppFixture>
{
    private const string Question = "What did 38/4 ask member states to do?";

    /// <summary>The id the fake connector gives every posted activity (its ResourceResponse).</summary>
    private const string SentActivityId = "1700000000000";

    private BotFrameworkFakes Fakes => app.Fakes;

    /// <summary>
    /// The answer is remembered once the connector has answered with its id, just after the post the fake saw: a press
    /// before then (no person is that quick, a test on a busy machine is) would find no answer to attach to.
    /// </summary>
    private async Task AnswerRememberedAsync(string conversation)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (await app.Store.GetAnsweredMessageAsync("msteams", conversation, SentActivityId) is null && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        Assert.True(await app.Store.GetAnsweredMessageAsync("msteams", conversation, SentActivityId) is not null,
            $"the answer posted as {SentActivityId} in {conversation} was not remembered within 10 s, so a press has nothing to attach to");
    }

    [Fact]
    public async Task A_dislike_with_a_comment_is_stored_with_the_answer_and_exported_by_resbot_feedback()
    {
        var conversation = TeamsActivities.NewPersonalConversation();
        await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, conversation, Question));
        var answer = Assert.Single(await Fakes.WaitForMessagesAsync(conversation));
        await AnswerRememberedAsync(conversation);
        var cited = answer.GetProperty("entities")[0].GetProperty("citation").EnumerateArray()
            .Select(c => c.GetProperty("appearance").GetProperty("name").GetString()).ToList();

        var response = await app.PostAsync(Press(conversation, "dislike", """{"feedbackText":"Paragraph 8, on training, is missing"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = Assert.Single(await app.Store.ListFeedbackAsync(new FeedbackFilter(Platform: "msteams")), f => f.Answer.ConversationId == conversation);
        Assert.Equal((FeedbackReaction.Dislike, "Paragraph 8, on training, is missing", TeamsActivities.UserAadId),
            (stored.Reaction, stored.Comment, stored.UserId));
        Assert.Equal(Question, stored.Answer.Question);
        Assert.Equal(cited.Count, stored.Answer.Citations.Count);
        Assert.All(stored.Answer.Citations, c => Assert.StartsWith("OIC/CFM-38/2011/INF/RES/FINAL, 38/4, ¶", c));

        var csv = await ResbotProcess.RunAsync(null, "feedback", "--csv", "--reaction", "dislike", "--data", app.DataPath);
        Assert.Equal(0, csv.ExitCode);
        var row = Assert.Single(csv.Output.Split("\r\n"), line => line.Contains(conversation));
        Assert.Contains("dislike,\"Paragraph 8, on training, is missing\",extractive,found,en,What did 38/4 ask member states to do?,", row);
        Assert.Contains("OIC/CFM-38/2011/INF/RES/FINAL, 38/4, ¶5", row);

        var json = await ResbotProcess.RunAsync(null, "feedback", "--json", "--platform", "teams", "--data", app.DataPath);
        var exported = JsonDocument.Parse(json.Output).RootElement.EnumerateArray().Single(e => e.GetProperty("conversation").GetString() == conversation);
        Assert.Equal(stored.Answer.Citations, exported.GetProperty("citations").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Changing_a_thumb_replaces_the_earlier_feedback()
    {
        var conversation = TeamsActivities.NewPersonalConversation();
        await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, conversation, Question));
        await Fakes.WaitForMessagesAsync(conversation);
        await AnswerRememberedAsync(conversation);

        await app.PostAsync(Press(conversation, "dislike", """{"feedbackText":""}"""));
        await app.PostAsync(Press(conversation, "like", """{"feedbackText":"Right clauses"}"""));

        var stored = Assert.Single(await app.Store.ListFeedbackAsync(new FeedbackFilter()), f => f.Answer.ConversationId == conversation);
        Assert.Equal((FeedbackReaction.Like, "Right clauses"), (stored.Reaction, stored.Comment));
    }

    [Fact]
    public async Task A_comment_sent_as_plain_text_rather_than_json_is_kept_as_written()
    {
        // Agents Playground sends the dialog's text itself, not Teams' {"feedbackText":…} string.
        var conversation = TeamsActivities.NewPersonalConversation();
        await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, conversation, Question));
        await Fakes.WaitForMessagesAsync(conversation);
        await AnswerRememberedAsync(conversation);

        Assert.Equal(HttpStatusCode.OK, (await app.PostAsync(Press(conversation, "like", "Right clauses, {maybe} too many"))).StatusCode);

        var stored = Assert.Single(await app.Store.ListFeedbackAsync(new FeedbackFilter()), f => f.Answer.ConversationId == conversation);
        Assert.Equal("Right clauses, {maybe} too many", stored.Comment);
    }

    [Fact]
    public async Task Feedback_that_does_not_name_its_answer_is_refused_rather_than_filed_under_a_guess()
    {
        var conversation = TeamsActivities.NewPersonalConversation();
        await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, conversation, Question));
        await Fakes.WaitForMessagesAsync(conversation);
        await AnswerRememberedAsync(conversation);
        var press = Press(conversation, "dislike", "wrong");
        press.Remove("replyToId");

        Assert.Equal(HttpStatusCode.BadRequest, (await app.PostAsync(press)).StatusCode);
        Assert.DoesNotContain(await app.Store.ListFeedbackAsync(new FeedbackFilter()), f => f.Answer.ConversationId == conversation);
    }

    [Fact]
    public async Task Feedback_on_a_message_that_is_not_a_remembered_answer_is_acknowledged_and_not_stored()
    {
        var conversation = TeamsActivities.NewPersonalConversation();

        var response = await app.PostAsync(Press(conversation, "like", """{"feedbackText":"?"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(await app.Store.ListFeedbackAsync(new FeedbackFilter()), f => f.Answer.ConversationId == conversation);
    }

    [Theory]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":"meh","feedback":"{}"}}""")]
    [InlineData("""{"actionName":"somethingElse","actionValue":{"reaction":"like"}}""")]
    [InlineData("""{"actionValue":{"reaction":"like"}}""")]
    public async Task A_submit_action_that_is_not_a_reaction_is_refused(string value)
    {
        var conversation = TeamsActivities.NewPersonalConversation();
        var press = TeamsActivities.Invoke(Fakes.ServiceUrl, conversation, "message/submitAction", JsonNode.Parse(value)!);
        press["replyToId"] = SentActivityId;

        var response = await app.PostAsync(press);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>What Teams sends when the user presses a thumb and submits the dialog: the comment is a JSON string.</summary>
    private JsonObject Press(string conversation, string reaction, string feedback)
    {
        var press = TeamsActivities.Invoke(Fakes.ServiceUrl, conversation, "message/submitAction", new JsonObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JsonObject { ["reaction"] = reaction, ["feedback"] = feedback },
        });
        press["replyToId"] = SentActivityId;
        return press;
    }
}
