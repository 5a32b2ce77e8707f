namespace ResBot.Knowledge.Corpus;

/// <summary>
/// The paragraphs read last from persisted models, kept in memory up to a budget (the oldest read goes first), so
/// the resolutions a host is asked about stay read without every paragraph of the corpus ever being held: a million
/// paragraphs would take hundreds of megabytes as objects, the budget a few tens. A read pushed out is read again
/// from its part when next needed (tens of microseconds), unless something still holds one of its paragraphs.
/// </summary>
public sealed class RecentParagraphs(int budget)
{
    /// <summary>Paragraphs kept by default: about 25 MB of objects, the resolutions of a few hundred answers.</summary>
    public const int DefaultBudget = 100_000;

    private readonly Queue<ParagraphsRead> _kept = new();
    private readonly System.Threading.Lock _gate = new();
    private int _paragraphs;

    internal void Keep(ParagraphsRead read)
    {
        lock (_gate)
        {
            _kept.Enqueue(read);
            _paragraphs += read.Paragraphs.Length;
            while (_paragraphs > budget && _kept.Count > 1)
                _paragraphs -= _kept.Dequeue().Paragraphs.Length;
        }
    }
}
