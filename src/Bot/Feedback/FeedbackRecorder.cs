using ResBot.Bot.Storage;
using ResBot.Knowledge.Answers;

namespace ResBot.Bot.Feedback;

/// <summary>
/// The channel-neutral half of feedback: the channels remember each answer they send to a question, and hand a
/// thumbs press here with the message it was pressed on; the feedback is stored with that answer's question,
/// citations and mode, so `resbot feedback` can export it as eval material.
/// </summary>
public sealed class FeedbackRecorder(IFeedbackStore store, TimeProvider time, ILogger<FeedbackRecorder> logger)
{
    /// <summary>Longer comments are cut here: the column is for a sentence or two, not a document.</summary>
    public const int MaxCommentChars = 4000;

    /// <summary>Whether an answer is one users may judge: an answer to a question, found or not (a miss is as telling as a hit).</summary>
    public static bool Invites(Answer answer) => answer.Outcome != AnswerOutcome.Invalid && !string.IsNullOrWhiteSpace(answer.Question);

    /// <summary>
    /// Remembers an answer that was sent. A store failure is logged and swallowed: the user already has the answer,
    /// and only a later thumbs press on it would miss its context.
    /// </summary>
    public async Task RememberAsync(Answer answer, string platform, string conversationId, string messageId, CancellationToken cancellationToken)
    {
        try
        {
            await store.SaveAnsweredMessageAsync(AnsweredMessage.Of(answer, platform, conversationId, messageId, time.GetUtcNow()), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Could not remember answer {MessageId} for feedback", messageId);
        }
    }

    /// <summary>Stores a reaction (and comment) on an answer the bot remembers; a store failure is the caller's to report or retry.</summary>
    public async Task<FeedbackOutcome> RecordAsync(
        string platform, string conversationId, string messageId, string userId, FeedbackReaction reaction, string? comment,
        CancellationToken cancellationToken)
    {
        var answer = await store.GetAnsweredMessageAsync(platform, conversationId, messageId, cancellationToken);
        if (answer is null)
        {
            logger.LogInformation("Feedback on {Platform} message {MessageId}, which is not a remembered answer: ignored", platform, messageId);
            return FeedbackOutcome.UnknownAnswer;
        }
        await store.SaveFeedbackAsync(new FeedbackEntry(0, answer, userId, reaction, Clean(comment), time.GetUtcNow()), cancellationToken);
        return FeedbackOutcome.Recorded;
    }

    private static string? Clean(string? comment)
    {
        var trimmed = comment?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            return null;
        return trimmed.Length > MaxCommentChars ? trimmed[..MaxCommentChars] + "…" : trimmed;
    }
}
