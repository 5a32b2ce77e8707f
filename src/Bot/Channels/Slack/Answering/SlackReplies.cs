using ResBot.Bot.Conversations;
using ResBot.Bot.Channels.Slack.Blocks;
using ResBot.Bot.Channels.Slack.Rendering;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Channels.Slack.Answering;

/// <summary>A channel-neutral <see cref="Reply"/> as the Block Kit message Slack shows.</summary>
internal static class SlackReplies
{
    /// <param name="shareable">The message is private (ephemeral) and may be shared in the channel.</param>
    public static SlackMessage Message(Reply reply, bool shareable) => reply switch
    {
        Reply.Answered answered => SlackAnswerRenderer.Render(answered.Answer, new SlackRenderContext(answered.Again, shareable)),
        Reply.Help help => Plain(SlackTexts.For(help.Language).Help.TrimEnd() + "\n• " + ConversationTexts.For(help.Language).FollowUps),
        Reply.Notice notice => Plain(notice.Markdown),
        Reply.Subscription subscription => Quoting(subscription.Result.Text),
        _ => Plain(ConversationTexts.For(reply.Language).Failed),
    };

    /// <summary>The "searching…" line, in the language the user most likely reads.</summary>
    public static SlackMessage Searching(Turn turn) =>
        Plain(SlackTexts.For(ConversationTexts.Guess(turn.Text, turn.Action?.ChosenLanguage ?? turn.Locale)).Searching);

    private static SlackMessage Plain(string markdown) =>
        new(SlackMarkdownText.ToPlain(markdown), [new SectionBlock(TextObject.Markdown(markdown))]);

    /// <summary>A reply that quotes the user's words (a subscription's topic): escaped, so "&lt;!channel&gt;" notifies nobody.</summary>
    private static SlackMessage Quoting(string text)
    {
        var sections = TextSplitter.SplitEscaped(text, SectionBlock.MaxTextLength)
            .Take(SlackMessage.MaxBlocks)
            .Select(piece => (Block)new SectionBlock(TextObject.Markdown(piece)))
            .ToList();
        return new SlackMessage(TextSplitter.Truncate(SlackMarkdown.Escape(text), 2_000), sections);
    }
}
