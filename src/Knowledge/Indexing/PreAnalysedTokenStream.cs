using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Indexing;

/// <summary>
/// Replays the tokens <see cref="AnalysedTexts"/> kept for one text: each term with its position increment, which is
/// all an index field without offsets or payloads records (positions, frequencies, and the length BM25 normalises by).
/// One per field and thread, loaded again for every paragraph: Lucene disposes a field's stream after each document,
/// and a new stream per field would look up its attribute classes under a lock that every core shares.
/// </summary>
internal sealed class PreAnalysedTokenStream : TokenStream
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private AnalysedTexts? _source;
    private IReadOnlyList<int> _tokens = [];
    private Language _language;
    private int _next;

    public PreAnalysedTokenStream()
    {
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public PreAnalysedTokenStream Load(AnalysedTexts source, IReadOnlyList<int> tokens, Language language)
    {
        (_source, _tokens, _language, _next) = (source, tokens, language, 0);
        return this;
    }

    public override bool IncrementToken()
    {
        if (_next >= _tokens.Count)
            return false;
        ClearAttributes();
        var (token, increment) = _source!.Decode(_tokens[_next++], _language);
        _term.SetEmpty().Append(token);
        _increment.PositionIncrement = increment;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }

    /// <summary>Lucene disposes the stream after each field; it is loaded again for the next paragraph, so only the tokens are let go.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
            (_source, _tokens) = (null, []);
        base.Dispose(disposing);
    }
}
