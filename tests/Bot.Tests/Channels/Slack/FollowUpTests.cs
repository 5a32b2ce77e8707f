using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using ResBot.Bot.Tests.Conversations;

namespace ResBot.Bot.Tests.Channels.Slack;

/// <summary>
/// Follow-up questions on Slack, the test channel's scenario through the Events API: each thread remembers its
/// own last answer; a slash command's, private to its user, is that user's own.
/// </summary>
public sealed class FollowUpTests : IDisposable
{
    private readonly FakeSlack slack = new();
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly SlackHost host;

    public FollowUpTests() => host = new SlackHost(slack, services: services => FollowUpClock.Use(services, clock));

    public void Dispose()
    {
        host.Dispose();
        slack.Dispose();
    }

    /// <summary>Mentions the bot in <paramref name="thread"/> and returns its answer there, as posted.</summary>
    private async Task<string> MentionAsync(string thread, string text)
    {
        var before = PostsIn(thread).Count;
        var body = SlackPayloads.Mention($"Ev-{Guid.NewGuid():N}", text, ts: $"1700{Random.Shared.Next(100000, 999999)}.000200", threadTs: thread);
        var response = await host.SendAsync(SlackSigner.Signed("/api/slack/events", body, SlackPayloads.Json));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (PostsIn(thread).Count <= before && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        var posts = PostsIn(thread);
        Assert.True(posts.Count > before, $"no reply to \"{text}\" in thread {thread} within 30 s");
        return posts[before].GetRawText();
    }

    private List<JsonElement> PostsIn(string thread) =>
        slack.Requests(FakeSlack.PostMessagePath)
            .Select(e => JsonDocument.Parse(e.RequestMessage.Body!).RootElement.Clone())
            .Where(p => p.TryGetProperty("thread_ts", out var ts) && ts.GetString() == thread)
            .ToList();

    private static string NewThread() => $"1699{Random.Shared.Next(100000, 999999)}.000100";

    [Theory]
    [InlineData("What does resolution 38/4 ask member states to do?", "and paragraph 8?", "the whole resolution", "What did 38/3 ask member states to do?", "and paragraph 2?", "In {0}: ")]
    [InlineData("ماذا طلب القرار 38/4 من الدول الأعضاء؟", "ماذا عن الفقرة 8؟", "القرار كاملاً", "ماذا طلب القرار 38/3 من الدول الأعضاء؟", "وماذا عن الفقرة 2؟", "في القرار {0}: ")]
    [InlineData("Que demande la résolution 38/4 aux États membres ?", "et le paragraphe 8 ?", "la résolution entière", "Que demande la résolution 38/3 aux États membres ?", "et le paragraphe 2 ?", "Dans {0} : ")]
    public async Task A_follow_up_in_a_thread_is_answered_in_context_until_the_context_switches_or_expires(
        string question, string paragraph8, string whole, string other, string paragraph2, string inResolution)
    {
        var thread = NewThread();
        Assert.Contains("38/4, ¶5", await MentionAsync(thread, question));

        var eight = await MentionAsync(thread, paragraph8);
        Assert.Contains(string.Format(inResolution, "38/4"), eight);
        Assert.Contains("38/4, ¶8", eight);
        Assert.DoesNotContain("38/4, ¶5", eight);

        var all = await MentionAsync(thread, whole);
        Assert.Contains(string.Format(inResolution, "38/4"), all);
        Assert.Contains("38/4, ¶5", all);

        Assert.Contains("38/3, ¶1", await MentionAsync(thread, other));
        var two = await MentionAsync(thread, paragraph2);
        Assert.Contains(string.Format(inResolution, "38/3"), two);
        Assert.Contains("38/3, ¶2", two);

        clock.Advance(TimeSpan.FromMinutes(31));
        Assert.DoesNotContain(", ¶8", await MentionAsync(thread, paragraph8));
    }

    [Fact]
    public async Task Another_thread_does_not_see_the_context()
    {
        await MentionAsync(NewThread(), "What does resolution 38/4 ask member states to do?");

        Assert.DoesNotContain(", ¶8", await MentionAsync(NewThread(), "and paragraph 8?"));
    }

    [Fact]
    public async Task A_slash_commands_follow_up_is_its_users_own()
    {
        async Task<string> CommandAsync(string text, string user)
        {
            var response = await host.SendAsync(SlackSigner.Signed("/api/slack/commands", SlackPayloads.SlashCommand(text, slack.NewResponseUrl(), user), SlackPayloads.Form));
            return await response.Content.ReadAsStringAsync();
        }

        await CommandAsync("What does resolution 38/4 ask member states to do?", "U-asker");

        Assert.Contains("38/4, ¶8", await CommandAsync("and paragraph 8?", "U-asker"));
        Assert.DoesNotContain(", ¶8", await CommandAsync("and paragraph 8?", "U-neighbour"));
    }
}
