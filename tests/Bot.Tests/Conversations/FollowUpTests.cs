using ResBot.Bot.Conversations;
using ResBot.Knowledge.Answers;

namespace ResBot.Bot.Tests.Conversations;

/// <summary>
/// Follow-up questions through the test channel, in the three languages: a question, then "and paragraph 8?", then
/// "the whole resolution", then another resolution (the context switches), then the same follow-up once it expired.
/// </summary>
public sealed class FollowUpTests : IClassFixture<TestChannel>
{
    private readonly TestChannel channel;

    public FollowUpTests(TestChannel channel) => this.channel = channel;

    public sealed record Script(string Question, string Paragraph8, string Whole, string OtherQuestion, string Paragraph2, string InOtherResolution);

    public static TheoryData<Script> Scripts => new()
    {
        new Script("What did 38/4 ask member states to do?", "and paragraph 8?", "the whole resolution",
            "What did 38/3 ask member states to do?", "and paragraph 2?", "In {0}: "),
        new Script("ماذا طلب القرار 38/4 من الدول الأعضاء؟", "ماذا عن الفقرة 8؟", "القرار كاملاً",
            "ماذا طلب القرار 38/3 من الدول الأعضاء؟", "وماذا عن الفقرة 2؟", "في القرار {0}: "),
        new Script("Que demande la résolution 38/4 aux États membres ?", "et le paragraphe 8 ?", "la résolution entière",
            "Que demande la résolution 38/3 aux États membres ?", "et le paragraphe 2 ?", "Dans {0} : "),
    };

    private static Answer Answer(Reply reply) => Assert.IsType<Reply.Answered>(reply).Answer;

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task A_follow_up_is_answered_against_the_last_answer_until_another_resolution_or_time_replaces_it(Script script)
    {
        var conversation = Guid.NewGuid().ToString("N");

        var first = Answer(await channel.SayAsync(conversation, script.Question));
        Assert.All(first.Citations, c => Assert.Equal("38/4", c.Resolution));

        var paragraph8 = Answer(await channel.SayAsync(conversation, script.Paragraph8));
        Assert.StartsWith(string.Format(script.InOtherResolution, "38/4"), paragraph8.Lead);
        Assert.Equal("38/4 ¶8", Assert.Single(paragraph8.Citations).ShortKey);
        Assert.Equal(first.Language, paragraph8.Language);

        var whole = Answer(await channel.SayAsync(conversation, script.Whole));
        Assert.StartsWith(string.Format(script.InOtherResolution, "38/4"), whole.Lead);
        Assert.Equal(13, whole.Clauses.Count);

        var other = Answer(await channel.SayAsync(conversation, script.OtherQuestion));
        Assert.All(other.Citations, c => Assert.Equal("38/3", c.Resolution));
        var paragraph2 = Answer(await channel.SayAsync(conversation, script.Paragraph2));
        Assert.StartsWith(string.Format(script.InOtherResolution, "38/3"), paragraph2.Lead);
        Assert.Equal("38/3 ¶2", Assert.Single(paragraph2.Citations).ShortKey);

        channel.Clock.Advance(TimeSpan.FromMinutes(31));
        var expired = Answer(await channel.SayAsync(conversation, script.Paragraph8));
        Assert.Equal(AnswerOutcome.NotFound, expired.Outcome);
        Assert.Empty(expired.Citations);
    }

    [Theory]
    [InlineData("in French please", "Dans 38/4 : ", "Encourage les États membres")]
    [InlineData("بالعربية", "في القرار 38/4: ", "يدعو الدول الأعضاء")]
    [InlineData("en anglais s'il vous plaît", "In 38/4: ", "Calls upon the member States")]
    public async Task A_language_alone_shows_the_last_answers_clauses_in_it(string followUp, string lead, string quoted)
    {
        var conversation = Guid.NewGuid().ToString("N");
        var first = Answer(await channel.SayAsync(conversation, "What did 38/4 ask member states to do?"));

        var again = Answer(await channel.SayAsync(conversation, followUp));

        Assert.StartsWith(lead, again.Lead);
        Assert.Equal(first.Citations.Select(c => c.ShortKey), again.Citations.Select(c => c.ShortKey));
        Assert.Contains(again.Clauses, c => c.Text.Contains(quoted));
    }

    [Fact]
    public async Task What_it_asked_the_secretary_general_is_read_in_the_last_answers_resolution()
    {
        var conversation = Guid.NewGuid().ToString("N");
        await channel.SayAsync(conversation, "What did 38/4 ask member states to do?");

        var answer = Answer(await channel.SayAsync(conversation, "what did it ask the Secretary-General?"));

        Assert.StartsWith("In 38/4: ", answer.Lead);
        Assert.Equal("38/4 ¶8", Assert.Single(answer.Citations).ShortKey);
    }

    [Fact]
    public async Task A_context_never_crosses_conversations()
    {
        await channel.SayAsync("room-a", "What did 38/4 ask member states to do?");

        var elsewhere = Answer(await channel.SayAsync("room-b", "and paragraph 8?"));

        Assert.Equal(AnswerOutcome.NotFound, elsewhere.Outcome);
        Assert.Empty(elsewhere.Citations);
    }

    [Fact]
    public async Task A_button_press_becomes_the_context_of_the_next_follow_up()
    {
        var conversation = Guid.NewGuid().ToString("N");

        await channel.PressAsync(conversation, ConversationAction.WholeResolution("38/3", Knowledge.Model.Language.En));
        var answer = Answer(await channel.SayAsync(conversation, "and paragraph 4?"));

        Assert.Equal("38/3 ¶4", Assert.Single(answer.Citations).ShortKey);
    }

    [Fact]
    public async Task A_question_of_its_own_is_not_narrowed_to_the_last_answer()
    {
        var conversation = Guid.NewGuid().ToString("N");
        await channel.SayAsync(conversation, "What did 38/4 ask member states to do?");

        var answer = Answer(await channel.SayAsync(conversation, "Which resolutions mention the Digital Solidarity Fund?"));

        Assert.DoesNotContain("In 38/4", answer.Lead);
        Assert.Contains(answer.Citations, c => c.Resolution == "38/3");
    }
}
