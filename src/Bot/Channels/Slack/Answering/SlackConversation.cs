using ResBot.Bot.Conversations;
using ResBot.Bot.Feedback;
using ResBot.Bot.Channels.Slack.Blocks;
using ResBot.Bot.Channels.Slack.Interactions;
using ResBot.Knowledge.Answers;

namespace ResBot.Bot.Channels.Slack.Answering;

/// <summary>A Slack turn through the conversation, drawn as the message to post. Never throws for a failed answer.</summary>
internal sealed class SlackConversation(ConversationService conversation, FeedbackRecorder feedback)
{
    /// <param name="turn">What the user typed or pressed.</param>
    /// <param name="shareable">The reply is private and gets a "share in channel" button.</param>
    /// <param name="feedbackIn">
    /// The channel the answer is shown in, to put 👍/👎 under an answer to a question (remembered for the press);
    /// null for none. An answer re-shown from a button, or a follow-up's view of one, judges nothing new.
    /// </param>
    /// <param name="working">Started before a question is answered and disposed after (an assistant thread's status).</param>
    /// <param name="cancellationToken">Stops the answer.</param>
    public async Task<SlackMessage> ReplyAsync(Turn turn, bool shareable, string? feedbackIn, Func<Task<IAsyncDisposable?>>? working, CancellationToken cancellationToken)
    {
        var reply = await conversation.HandleAsync(turn, working, cancellationToken);
        var message = SlackReplies.Message(reply, shareable);
        return feedbackIn is not null && reply is Reply.Answered { Again.Kind: ConversationAction.Ask } answered
            ? await InviteFeedbackAsync(message, answered.Answer, feedbackIn, cancellationToken)
            : message;
    }

    /// <summary>Remembered before it is sent, so a press that comes at once still finds it.</summary>
    private async Task<SlackMessage> InviteFeedbackAsync(SlackMessage message, Answer answer, string channel, CancellationToken cancellationToken)
    {
        if (!FeedbackRecorder.Invites(answer) || message.Blocks is not { Count: < SlackMessage.MaxBlocks } blocks)
            return message;
        var key = SlackFeedbackButtons.NewKey();
        await feedback.RememberAsync(answer, Platform.Slack.Id, channel, key, cancellationToken);
        return message with { Blocks = [.. blocks, SlackFeedbackButtons.Block(key, answer.Language)] };
    }
}
