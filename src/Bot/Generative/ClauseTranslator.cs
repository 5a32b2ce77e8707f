using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Generative;

/// <summary>
/// Translates a quoted clause the corpus lacks in the answer's language, once: the result is cached and marked as an
/// unofficial machine translation. A failed translation leaves the clause in its original language.
/// </summary>
internal sealed class ClauseTranslator(ChatModel model, TranslationCache cache, GenerativeMetrics metrics, ILogger<ClauseTranslator> logger)
{
    private const int MaxTranslationTokens = 1200;

    public async Task<QuotedClause> TranslateAsync(QuotedClause clause, Language target, CancellationToken cancellationToken)
    {
        if (clause.TextLanguage == target)
            return clause;

        var translation = await cache.FindAsync(clause.Text, target, cancellationToken);
        if (translation is null)
        {
            var reply = await model.CompleteAsync(
                GroundedPrompt.TranslationSystem(clause.TextLanguage, target), clause.Text, MaxTranslationTokens, cancellationToken);
            metrics.Tokens(reply.Usage, "translation");
            if (!reply.Succeeded)
            {
                logger.LogWarning(reply.Error, "Translation of {Citation} into {Language} failed ({Reason}); quoting the original", clause.Citation.ShortKey, target.Code(), reply.FailureReason);
                metrics.TranslationFailed(reply.FailureReason!);
                return clause;
            }
            translation = reply.Text!.Trim();
            await cache.StoreAsync(clause.Text, target, translation, cancellationToken);
        }

        // Highlights and the matched word are offsets into the original wording; they mean nothing in the translation.
        return clause with
        {
            Text = translation, TextLanguage = target, IsAuthoritative = false, IsMachineTranslation = true,
            Highlights = [], Match = null,
        };
    }
}
