using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Generative;

/// <summary>Dense retrieval over the corpus paragraphs: the clauses nearest in meaning to a question, best first.</summary>
internal interface IDenseRetriever
{
    /// <summary>Empty when the embeddings are unavailable: the caller keeps the extractive ranking alone.</summary>
    Task<IReadOnlyList<QuotedClause>> SearchAsync(string query, Language language, int take, CancellationToken cancellationToken);
}
