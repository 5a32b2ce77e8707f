using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using ResBot.Bot.Tests.Conversations;

namespace ResBot.Bot.Tests.Channels.Teams;

/// <summary>Follow-up questions in a Teams chat: the same scenario as the test channel's, through /api/messages.</summary>
public sealed class FollowUpTests(FollowUpTests.Fixture app) : IClassFixture<FollowUpTests.Fixture>
{
    public sealed class Fixture : TeamsAppFixture
    {
        public Fixture()
            : this(new FakeTimeProvider(DateTimeOffset.UtcNow))
        {
        }

        private Fixture(FakeTimeProvider clock)
            : base(_ => new Dictionary<string, string?>(), services => FollowUpClock.Use(services, clock)) => Clock = clock;

        public FakeTimeProvider Clock { get; }
    }

    private BotFrameworkFakes Fakes => app.Fakes;

    private async Task<string> SayAsync(string conversation, string text, string locale, int nth)
    {
        await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, conversation, text, locale));
        var messages = await Fakes.WaitForMessagesAsync(conversation, count: nth);
        Assert.Equal(nth, messages.Count);
        // A chat gets Teams' AI message: the lead and clauses in its text, the citations in its entities.
        return messages[nth - 1].GetRawText();
    }

    private static string Lead(string message) => JsonDocument.Parse(message).RootElement.GetProperty("text").GetString()!;

    [Theory]
    [InlineData("en-US", "What did 38/4 ask member states to do?", "and paragraph 8?", "the whole resolution", "What did 38/3 ask member states to do?", "and paragraph 2?", "In {0}: ")]
    [InlineData("ar-SA", "ماذا طلب القرار 38/4 من الدول الأعضاء؟", "ماذا عن الفقرة 8؟", "القرار كاملاً", "ماذا طلب القرار 38/3 من الدول الأعضاء؟", "وماذا عن الفقرة 2؟", "في القرار {0}: ")]
    [InlineData("fr-FR", "Que demande la résolution 38/4 aux États membres ?", "et le paragraphe 8 ?", "la résolution entière", "Que demande la résolution 38/3 aux États membres ?", "et le paragraphe 2 ?", "Dans {0} : ")]
    public async Task A_follow_up_in_a_chat_is_answered_in_context_until_the_context_switches_or_expires(
        string locale, string question, string paragraph8, string whole, string other, string paragraph2, string inResolution)
    {
        var conversation = TeamsActivities.NewPersonalConversation();
        Assert.Contains("38/4, ¶5", await SayAsync(conversation, question, locale, 1));

        var eight = await SayAsync(conversation, paragraph8, locale, 2);
        Assert.StartsWith(string.Format(inResolution, "38/4"), Lead(eight));
        Assert.Contains("38/4, ¶8", eight);
        Assert.DoesNotContain("38/4, ¶5", eight);

        var all = await SayAsync(conversation, whole, locale, 3);
        Assert.StartsWith(string.Format(inResolution, "38/4"), Lead(all));
        // The whole resolution opens with its preamble (the rest, in Arabic, may go behind "More").
        Assert.Contains("38/4, ¶PP1", all);

        Assert.Contains("38/3, ¶1", await SayAsync(conversation, other, locale, 4));
        var two = await SayAsync(conversation, paragraph2, locale, 5);
        Assert.StartsWith(string.Format(inResolution, "38/3"), Lead(two));
        Assert.Contains("38/3, ¶2", two);

        app.Clock.Advance(TimeSpan.FromMinutes(31));
        var expired = await SayAsync(conversation, paragraph8, locale, 6);
        Assert.DoesNotContain(", ¶8", expired);
    }

    [Fact]
    public async Task Another_chat_does_not_see_the_context()
    {
        var conversation = TeamsActivities.NewPersonalConversation();
        await SayAsync(conversation, "What did 38/4 ask member states to do?", "en-US", 1);

        var elsewhere = TeamsActivities.NewPersonalConversation();
        Assert.DoesNotContain(", ¶8", await SayAsync(elsewhere, "and paragraph 8?", "en-US", 1));
    }
}
