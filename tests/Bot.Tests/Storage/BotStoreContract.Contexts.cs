using ResBot.Bot.Storage;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Tests.Storage;

/// <summary>Follow-up contexts: one per conversation, replaced by the next answer, gone once expired, never shared.</summary>
public abstract partial class BotStoreContract
{
    private static readonly DateTimeOffset ContextNow = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static ConversationContext Context(string conversation, string resolution = "38/4", string platform = "msteams") =>
        new(platform, conversation, [resolution], [new QuotedParagraph(resolution, "5"), new QuotedParagraph(resolution, "E.1")], Language.Fr, ContextNow.AddMinutes(30));

    [Fact]
    public async Task A_saved_context_reads_back_as_saved_until_it_expires()
    {
        var context = Context("a:1");
        await Store.SaveContextAsync(context, ContextNow);

        var read = await Store.GetContextAsync("msteams", "a:1", ContextNow.AddMinutes(29));
        Assert.NotNull(read);
        Assert.Equal(context.Resolutions, read.Resolutions);
        Assert.Equal(context.Paragraphs, read.Paragraphs);
        Assert.Equal(Language.Fr, read.Language);
        Assert.Equal(context.ExpiresAt, read.ExpiresAt);
        Assert.Null(await Store.GetContextAsync("msteams", "a:1", ContextNow.AddMinutes(30)));
    }

    [Fact]
    public async Task The_next_answer_replaces_the_context_and_a_restart_keeps_it()
    {
        await Store.SaveContextAsync(Context("a:1"), ContextNow);
        await Store.SaveContextAsync(Context("a:1", "38/3"), ContextNow);

        var restarted = await OpenStoreAsync();
        Assert.Equal(["38/3"], (await restarted.GetContextAsync("msteams", "a:1", ContextNow))!.Resolutions);
    }

    [Fact]
    public async Task Contexts_never_cross_conversations_or_platforms()
    {
        await Store.SaveContextAsync(Context("C1:1700000000.000100", platform: "slack"), ContextNow);

        Assert.Null(await Store.GetContextAsync("slack", "C1:1700000000.000200", ContextNow));
        Assert.Null(await Store.GetContextAsync("msteams", "C1:1700000000.000100", ContextNow));
        Assert.NotNull(await Store.GetContextAsync("slack", "C1:1700000000.000100", ContextNow));
    }

    [Fact]
    public async Task A_removed_context_is_gone()
    {
        await Store.SaveContextAsync(Context("a:1"), ContextNow);

        await Store.RemoveContextAsync("msteams", "a:1");

        Assert.Null(await Store.GetContextAsync("msteams", "a:1", ContextNow));
    }
}
