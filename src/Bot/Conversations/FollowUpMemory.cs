using Microsoft.Extensions.Options;
using ResBot.Bot.Storage;
using ResBot.Knowledge.Answers;

namespace ResBot.Bot.Conversations;

/// <summary>
/// Remembers what each conversation's last answer was about, in the store (so every replica, and the bot after a
/// restart, knows it), for <see cref="ConversationOptions.FollowUpWindow"/>. A store failure costs the follow-up,
/// never the answer.
/// </summary>
internal sealed class FollowUpMemory(
    IConversationContextStore store, IOptions<ConversationOptions> options, TimeProvider time, ILogger<FollowUpMemory> logger)
{
    public async Task<ConversationContext?> RecallAsync(Turn turn, CancellationToken cancellationToken)
    {
        try
        {
            return await store.GetContextAsync(turn.Platform.Id, turn.ContextKey, time.GetUtcNow(), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not read a conversation's follow-up context");
            return null;
        }
    }

    /// <summary>Keeps an answer that quoted something; one that found nothing leaves the last context as it was.</summary>
    public async Task RememberAsync(Turn turn, Answer answer, CancellationToken cancellationToken)
    {
        if (answer.Outcome != AnswerOutcome.Found || answer.Clauses.Count == 0)
            return;
        var paragraphs = answer.Clauses.Select(c => new QuotedParagraph(c.Citation.Resolution, c.Citation.Paragraph)).Distinct().ToList();
        var resolutions = answer.Resolutions.Concat(paragraphs.Select(p => p.Resolution)).Distinct().ToList();
        var now = time.GetUtcNow();
        try
        {
            await store.SaveContextAsync(new ConversationContext(turn.Platform.Id, turn.ContextKey, resolutions, paragraphs, answer.Language,
                now + options.Value.FollowUpWindow), now, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not save a conversation's follow-up context");
        }
    }
}
