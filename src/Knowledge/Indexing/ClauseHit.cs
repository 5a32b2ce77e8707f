using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Indexing;

/// <summary>
/// A paragraph found by the index, with its BM25 score. The paragraph is looked up in its resolution when first
/// asked for: a resolution opened from a persisted model reads its paragraphs from disk on first use, and most of
/// the hundreds of candidates a wide question ranks are dropped on their score alone, unread.
/// </summary>
public sealed class ClauseHit
{
    private readonly int _position;
    private Paragraph? _paragraph;

    /// <summary>The hit on the paragraph at <paramref name="position"/> in <paramref name="resolution"/>'s, not read yet.</summary>
    internal ClauseHit(Resolution resolution, int position, float score)
    {
        Resolution = resolution;
        _position = position;
        Score = score;
    }

    public Resolution Resolution { get; }

    // A race between two readers only looks the same paragraph up twice: Paragraphs hands out the same object.
    public Paragraph Paragraph => _paragraph ??= Resolution.Paragraphs[_position];

    public float Score { get; }
}
