using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using ResBot.Knowledge;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Generative;

/// <summary>
/// Cosine search over embeddings of every paragraph text of the corpus, in every language the corpus holds. The
/// vectors are computed once, on the first search, and kept by <see cref="EmbeddingStore"/>; a paragraph scores the
/// best of its language versions, so a French question finds an Arabic-only paragraph with a multilingual model.
/// The in-memory index follows the knowledge snapshot: after a corpus reload it is rebuilt (embedding only new texts),
/// so a dense hit never cites a paragraph the corpus no longer has.
/// </summary>
internal sealed class EmbeddingRetriever(
    IEmbeddingGenerator<string, Embedding<float>> generator,
    EmbeddingStore store,
    KnowledgeBase knowledge,
    IOptions<LlmOptions> options,
    ILogger<EmbeddingRetriever> logger) : IDenseRetriever
{
    private const int BatchSize = 32;
    private readonly SemaphoreSlim indexing = new(1, 1);
    private (KnowledgeSnapshot Snapshot, IReadOnlyList<IndexedText> Texts)? index;

    public async Task<IReadOnlyList<QuotedClause>> SearchAsync(string query, Language language, int take, CancellationToken cancellationToken)
    {
        try
        {
            var snapshot = knowledge.Current;
            var texts = await EnsureIndexAsync(snapshot, cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, options.Value.TimeoutSeconds)));
            var queryVector = (await generator.GenerateAsync([query], cancellationToken: timeout.Token))[0].Vector;
            var composer = new AnswerComposer(knowledge);

            return texts
                .Where(t => t.Vector.Length == queryVector.Length)
                .GroupBy(t => (t.Resolution, t.Paragraph))
                .Select(g => (g.Key.Resolution, g.Key.Paragraph, Score: g.Max(t => TensorPrimitives.CosineSimilarity(queryVector.Span, t.Vector))))
                .OrderByDescending(hit => hit.Score)
                .Take(take)
                .Select(hit => composer.Quote(hit.Resolution, hit.Paragraph, language))
                .ToList();
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(error, "Dense retrieval unavailable; using the extractive ranking alone");
            return [];
        }
    }

    private async Task<IReadOnlyList<IndexedText>> EnsureIndexAsync(KnowledgeSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (index is { } ready && ReferenceEquals(ready.Snapshot, snapshot))
            return ready.Texts;
        await indexing.WaitAsync(cancellationToken);
        try
        {
            if (index is { } built && ReferenceEquals(built.Snapshot, snapshot))
                return built.Texts;
            var vectors = store.Load();
            var texts = snapshot.Corpus.Resolutions
                .SelectMany(r => r.Paragraphs.SelectMany(p => p.Texts.Select(t => (Resolution: r, Paragraph: p, Text: t.Value, Key: EmbeddingStore.KeyOf(t.Value)))))
                .Where(t => !string.IsNullOrWhiteSpace(t.Text))
                .ToList();

            var missing = texts.Where(t => !vectors.ContainsKey(t.Key)).DistinctBy(t => t.Key).ToList();
            foreach (var batch in missing.Chunk(BatchSize))
            {
                var embeddings = await generator.GenerateAsync(batch.Select(t => t.Text), cancellationToken: cancellationToken);
                for (var i = 0; i < batch.Length; i++)
                    vectors[batch[i].Key] = embeddings[i].Vector.ToArray();
                store.Save(vectors);
            }
            if (missing.Count > 0)
                logger.LogInformation("Embedded {Count} paragraph texts for hybrid retrieval", missing.Count);

            var indexed = texts.Select(t => new IndexedText(t.Resolution, t.Paragraph, vectors[t.Key])).ToList();
            index = (snapshot, indexed);
            return indexed;
        }
        finally
        {
            indexing.Release();
        }
    }

    private sealed record IndexedText(Resolution Resolution, Paragraph Paragraph, float[] Vector);
}
