using Microsoft.Extensions.Options;
using ResBot.Knowledge.Answers;

namespace ResBot.Bot.Generative;

/// <summary>
/// The clauses the prompt holds: the extractive answer's, best first, fused by reciprocal rank with dense retrieval
/// when embeddings are configured, at most `Llm:MaxClausesInPrompt`.
/// </summary>
internal sealed class PromptClauseSelector(IOptions<LlmOptions> options, IDenseRetriever? dense = null)
{
    public async Task<IReadOnlyList<QuotedClause>> SelectAsync(Answer extractive, CancellationToken cancellationToken)
    {
        var max = Math.Max(1, options.Value.MaxClausesInPrompt);
        if (dense is null)
            return extractive.Clauses.Take(max).ToList();

        var nearest = await dense.SearchAsync(extractive.Question, extractive.Language, max, cancellationToken);
        return ReciprocalRankFusion.Fuse([extractive.Clauses, nearest], c => c.Citation.ShortKey)
            .Take(max)
            .ToList();
    }
}
