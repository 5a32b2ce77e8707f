using ResBot.Bot.Feedback;

namespace ResBot.Bot.Storage;

/// <summary>Answers sent to questions, remembered by their message, and the thumbs given on them.</summary>
public interface IFeedbackStore
{
    /// <summary>Remembers an answer sent (its message id, question, citations, mode); answers older than the retention are pruned.</summary>
    Task SaveAnsweredMessageAsync(AnsweredMessage message, CancellationToken cancellationToken = default);

    Task<AnsweredMessage?> GetAnsweredMessageAsync(string platform, string conversationId, string messageId, CancellationToken cancellationToken = default);

    /// <summary>Stores feedback; the same user's feedback on the same answer replaces the earlier one. The returned copy carries its id.</summary>
    Task<FeedbackEntry> SaveFeedbackAsync(FeedbackEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Feedback matching <paramref name="filter"/>, oldest first.</summary>
    Task<IReadOnlyList<FeedbackEntry>> ListFeedbackAsync(FeedbackFilter filter, CancellationToken cancellationToken = default);
}
