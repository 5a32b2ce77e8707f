using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ResBot.Bot.Feedback;
using ResBot.Bot.Channels.Slack.Assistant;
using ResBot.Bot.Tests.Cli;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Tests.Channels.Slack;

/// <summary>
/// Slack's assistant surface against the fake Web API: suggested prompts on a new thread, status and title while a
/// question in the thread is answered, the events de-duplicated like the others, and 👍/👎 feeding `resbot feedback`.
/// </summary>
public sealed class SlackAssistantTests : IDisposable
{
    private const string SetSuggestedPrompts = "/api/assistant.threads.setSuggestedPrompts";
    private const string SetStatus = "/api/assistant.threads.setStatus";
    private const string SetTitle = "/api/assistant.threads.setTitle";

    private readonly FakeSlack slack = new();

    public void Dispose() => slack.Dispose();

    private static async Task DeliverAsync(SlackHost host, string body, int retry = 0)
    {
        var request = SlackSigner.Signed("/api/slack/events", body, SlackPayloads.Json);
        if (retry > 0)
            request.Headers.Add("X-Slack-Retry-Num", retry.ToString());
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(request)).StatusCode);
    }

    /// <summary>A DM answered after the events under test shows that their queued work, if any, has run.</summary>
    private async Task SettleAsync(SlackHost host)
    {
        var before = slack.Count(FakeSlack.PostMessagePath);
        await DeliverAsync(host, SlackPayloads.DirectMessage($"Ev-marker-{Guid.NewGuid():N}", "help", user: "U-marker"));
        await slack.WaitForAsync(FakeSlack.PostMessagePath, before + 1);
    }

    [Fact]
    public async Task A_new_assistant_thread_gets_three_example_questions_once_even_when_slack_retries()
    {
        using var host = new SlackHost(slack);
        var started = SlackPayloads.AssistantThread("Ev-thread-1", threadTs: "1729999327.187299");

        await DeliverAsync(host, started);
        await DeliverAsync(host, started, retry: 1);
        await SettleAsync(host);

        var call = Assert.Single(await slack.WaitForAsync(SetSuggestedPrompts));
        Assert.Equal(("D0001", "1729999327.187299"), (call.GetProperty("channel_id").GetString(), call.GetProperty("thread_ts").GetString()));
        var prompts = call.GetProperty("prompts").EnumerateArray().ToList();
        Assert.Equal(3, prompts.Count);
        Assert.All(prompts, p => Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("title").GetString())));
        // Language not known yet: one example in each language.
        var messages = prompts.Select(p => p.GetProperty("message").GetString()!).ToList();
        Assert.Contains(messages, m => m.Contains("member states"));
        Assert.Contains(messages, m => m.Contains("États membres"));
        Assert.Contains(messages, m => m.Contains("الدول الأعضاء"));
        Assert.Equal("Bearer xoxb-configured-token", slack.Requests(SetSuggestedPrompts)[0].RequestMessage.Headers!["Authorization"].Single());
    }

    [Fact]
    public async Task A_user_who_chose_french_gets_the_examples_in_french()
    {
        using var host = new SlackHost(slack);
        await host.Store.SetUserLanguageAsync("slack", "U-fr", Language.Fr);

        await DeliverAsync(host, SlackPayloads.AssistantThread("Ev-thread-fr", threadTs: "1729999400.000100", user: "U-fr"));

        var call = Assert.Single(await slack.WaitForAsync(SetSuggestedPrompts));
        Assert.Equal("Essayez", call.GetProperty("title").GetString());
        Assert.All(call.GetProperty("prompts").EnumerateArray(), p => Assert.DoesNotContain("member states", p.GetProperty("message").GetString()));
        Assert.Contains("Que demande la résolution 38/4 aux États membres ?", call.GetRawText());
    }

    [Theory]
    [InlineData(Language.Ar)]
    [InlineData(Language.En)]
    [InlineData(Language.Fr)]
    public async Task Every_example_question_is_answered_from_the_bundled_corpus_in_its_language(Language language)
    {
        using var host = new SlackHost(slack);
        var assistant = host.Services.GetRequiredService<IResolutionAssistant>();

        foreach (var prompt in SlackAssistantTexts.For(language).Prompts)
        {
            var answer = await assistant.AskAsync(new Question(prompt.Message));
            Assert.True(answer.Outcome == AnswerOutcome.Found, $"\"{prompt.Message}\" found nothing");
            Assert.Equal(language, answer.Language);
        }
    }

    [Fact]
    public async Task A_context_change_is_acknowledged_and_nothing_is_called_or_kept()
    {
        using var host = new SlackHost(slack);

        await DeliverAsync(host, SlackPayloads.AssistantThread("Ev-context", threadTs: "1729999327.187299", type: "assistant_thread_context_changed"));
        await SettleAsync(host);

        Assert.Equal(0, slack.Count(SetSuggestedPrompts) + slack.Count(SetStatus) + slack.Count(SetTitle));
        // The marker's row is marked done just after its post arrives, so wait for the queue to drain rather than
        // read it once: a context change left pending (kept or retried) would still hold it up and fail here.
        Assert.Equal(0, await PendingAfterDrainAsync(host));
    }

    private static async Task<long> PendingAfterDrainAsync(SlackHost host)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        long pending;
        while ((pending = (await host.Store.CountInboundAsync())["pending"]) > 0 && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        return pending;
    }

    [Fact]
    public async Task A_question_in_an_assistant_thread_is_titled_shows_its_status_and_is_answered_in_the_thread()
    {
        using var host = new SlackHost(slack);
        const string question = "Que demande la résolution 38/4 aux États membres ?";

        await DeliverAsync(host, SlackPayloads.DirectMessage("Ev-assistant-q", question, threadTs: "1729999327.187299"));

        var answer = Assert.Single(await slack.WaitForAsync(FakeSlack.PostMessagePath));
        Assert.Equal("1729999327.187299", answer.GetProperty("thread_ts").GetString());
        Assert.Contains("38/4", answer.GetRawText());
        var title = Assert.Single(await slack.WaitForAsync(SetTitle));
        Assert.Equal((question, "D0001", "1729999327.187299"),
            (title.GetProperty("title").GetString(), title.GetProperty("channel_id").GetString(), title.GetProperty("thread_ts").GetString()));
        var status = Assert.Single(await slack.WaitForAsync(SetStatus));
        Assert.Equal("recherche dans les résolutions…", status.GetProperty("status").GetString());
        Assert.Equal(["Recherche dans les résolutions…"], status.GetProperty("loading_messages").EnumerateArray().Select(m => m.GetString()));
        // The status shows while the answer is prepared: set before the answer is posted (Slack clears it then).
        Assert.True(slack.Requests(SetStatus)[0].RequestMessage.DateTime <= slack.Requests(FakeSlack.PostMessagePath)[0].RequestMessage.DateTime);
    }

    [Fact]
    public async Task A_plain_direct_message_gets_no_assistant_status_or_title()
    {
        using var host = new SlackHost(slack);

        await DeliverAsync(host, SlackPayloads.DirectMessage("Ev-plain-dm", "What did resolution 38/4 ask member states to do?"));
        await slack.WaitForAsync(FakeSlack.PostMessagePath);

        Assert.Equal(0, slack.Count(SetStatus) + slack.Count(SetTitle));
    }

    [Fact]
    public async Task A_thumbs_down_on_an_answer_is_stored_with_it_and_exported_by_resbot_feedback()
    {
        using var host = new SlackHost(slack);
        await DeliverAsync(host, SlackPayloads.DirectMessage("Ev-fb", "What did resolution 38/4 ask member states to do?", threadTs: "1729999500.000100"));
        var answer = Assert.Single(await slack.WaitForAsync(FakeSlack.PostMessagePath));
        var buttons = answer.GetProperty("blocks").EnumerateArray().Last();
        Assert.Equal("context_actions", buttons.GetProperty("type").GetString());
        var element = Assert.Single(buttons.GetProperty("elements").EnumerateArray());
        Assert.Equal("feedback_buttons", element.GetProperty("type").GetString());
        Assert.Equal("👍", element.GetProperty("positive_button").GetProperty("text").GetProperty("text").GetString());
        var dislike = element.GetProperty("negative_button").GetProperty("value").GetString()!;

        var press = SlackSigner.Signed("/api/slack/interactions", SlackPayloads.FeedbackPress(dislike, slack.NewResponseUrl()), SlackPayloads.Form);
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(press)).StatusCode);
        // Pressed twice (a double click): still one feedback.
        var again = SlackSigner.Signed("/api/slack/interactions", SlackPayloads.FeedbackPress(dislike, slack.NewResponseUrl()), SlackPayloads.Form);
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(again)).StatusCode);

        var stored = Assert.Single(await host.Store.ListFeedbackAsync(new FeedbackFilter(Platform: "slack")));
        Assert.Equal((FeedbackReaction.Dislike, "U0001", "D0001"), (stored.Reaction, stored.UserId, stored.Answer.ConversationId));
        Assert.Equal("What did resolution 38/4 ask member states to do?", stored.Answer.Question);
        Assert.Contains("OIC/CFM-38/2011/INF/RES/FINAL, 38/4, ¶5", stored.Answer.Citations);
        // Nothing to answer: the press queues no work and posts nothing.
        Assert.Single(slack.Requests(FakeSlack.PostMessagePath));

        var export = await ResbotProcess.RunAsync(null, "feedback", "--json", "--platform", "slack", "--data", host.DataPath);
        Assert.Equal(0, export.ExitCode);
        var row = Assert.Single(JsonDocument.Parse(export.Output).RootElement.EnumerateArray());
        Assert.Equal(("dislike", "extractive", "found"), (row.GetProperty("reaction").GetString(), row.GetProperty("mode").GetString(), row.GetProperty("outcome").GetString()));
    }

    [Fact]
    public async Task A_forged_feedback_value_is_ignored()
    {
        using var host = new SlackHost(slack);

        var press = SlackSigner.Signed("/api/slack/interactions", SlackPayloads.FeedbackPress("dislike:not-a-key", slack.NewResponseUrl()), SlackPayloads.Form);

        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(press)).StatusCode);
        Assert.Empty(await host.Store.ListFeedbackAsync(new FeedbackFilter()));
    }
}
