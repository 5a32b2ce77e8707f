using ResBot.Bot.Feedback;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Tests.Storage;

// Feedback: answers remembered by message, feedback stored with them, one row per user and answer, filtered lists.
public abstract partial class BotStoreContract
{
    private static readonly DateTimeOffset FeedbackNow = new(2026, 3, 10, 9, 30, 15, TimeSpan.Zero);

    private static AnsweredMessage Answered(string messageId = "1700000000001", string platform = "msteams", DateTimeOffset? sentAt = null) =>
        new(platform, "a:1chat", messageId, "ماذا طلب القرار 38/4؟", Language.Ar, AnswerMode.Generative, AnswerOutcome.Found,
            ["OIC/CFM-38/2011/INF/RES/FINAL, 38/4, ¶5", "OIC/CFM-38/2011/INF/RES/FINAL, 38/4, ¶E.1"], sentAt ?? FeedbackNow);

    [Fact]
    public async Task A_remembered_answer_reads_back_by_its_platform_conversation_and_message()
    {
        await Store.SaveAnsweredMessageAsync(Answered());

        var read = await Store.GetAnsweredMessageAsync("msteams", "a:1chat", "1700000000001");

        Assert.Equal(Answered() with { Citations = read!.Citations }, read);
        Assert.Equal(Answered().Citations, read.Citations);
        Assert.Null(await Store.GetAnsweredMessageAsync("slack", "a:1chat", "1700000000001"));
        Assert.Null(await Store.GetAnsweredMessageAsync("msteams", "a:other", "1700000000001"));
    }

    [Fact]
    public async Task Answers_older_than_the_retention_are_pruned_when_a_new_one_is_remembered()
    {
        await Store.SaveAnsweredMessageAsync(Answered("old", sentAt: FeedbackNow.AddDays(-91)));
        await Store.SaveAnsweredMessageAsync(Answered("new"));

        Assert.Null(await Store.GetAnsweredMessageAsync("msteams", "a:1chat", "old"));
        Assert.NotNull(await Store.GetAnsweredMessageAsync("msteams", "a:1chat", "new"));
    }

    [Fact]
    public async Task Feedback_is_stored_with_its_answer_and_a_users_second_press_replaces_the_first()
    {
        var first = await Store.SaveFeedbackAsync(new FeedbackEntry(0, Answered(), "aad-1", FeedbackReaction.Dislike, "الفقرة 8 ناقصة", FeedbackNow));
        var changed = await Store.SaveFeedbackAsync(new FeedbackEntry(0, Answered(), "aad-1", FeedbackReaction.Like, null, FeedbackNow.AddMinutes(1)));
        await Store.SaveFeedbackAsync(new FeedbackEntry(0, Answered(), "aad-2", FeedbackReaction.Dislike, "wrong", FeedbackNow.AddMinutes(2)));

        var all = await Store.ListFeedbackAsync(new FeedbackFilter());

        Assert.Equal(2, all.Count);
        Assert.Equal(first.Id, changed.Id);
        var mine = all[0];
        Assert.Equal((first.Id, "aad-1", FeedbackReaction.Like, (string?)null, FeedbackNow.AddMinutes(1)), (mine.Id, mine.UserId, mine.Reaction, mine.Comment, mine.At));
        Assert.Equal(Answered().Question, mine.Answer.Question);
        Assert.Equal(Answered().Citations, mine.Answer.Citations);
        Assert.Equal((AnswerMode.Generative, AnswerOutcome.Found, Language.Ar), (mine.Answer.Mode, mine.Answer.Outcome, mine.Answer.Language));
    }

    [Fact]
    public async Task Feedback_lists_filter_by_time_platform_and_reaction_oldest_first()
    {
        await Store.SaveFeedbackAsync(new FeedbackEntry(0, Answered("m1"), "u1", FeedbackReaction.Like, null, FeedbackNow.AddDays(-2)));
        await Store.SaveFeedbackAsync(new FeedbackEntry(0, Answered("m2", "slack"), "u1", FeedbackReaction.Dislike, null, FeedbackNow));
        await Store.SaveFeedbackAsync(new FeedbackEntry(0, Answered("m3"), "u1", FeedbackReaction.Dislike, null, FeedbackNow.AddHours(1)));

        Assert.Equal(["m1", "m2", "m3"], (await Store.ListFeedbackAsync(new FeedbackFilter())).Select(f => f.Answer.MessageId));
        Assert.Equal(["m2", "m3"], (await Store.ListFeedbackAsync(new FeedbackFilter(Since: FeedbackNow))).Select(f => f.Answer.MessageId));
        Assert.Equal(["m1", "m3"], (await Store.ListFeedbackAsync(new FeedbackFilter(Platform: "msteams"))).Select(f => f.Answer.MessageId));
        Assert.Equal(["m3"], (await Store.ListFeedbackAsync(new FeedbackFilter(Platform: "msteams", Reaction: FeedbackReaction.Dislike))).Select(f => f.Answer.MessageId));
    }
}
