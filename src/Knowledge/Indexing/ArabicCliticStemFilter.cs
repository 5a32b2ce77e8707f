using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ResBot.Knowledge.Indexing;

/// <summary>Adapts <see cref="ArabicCliticStemmer"/> to a token stream, in place of Lucene's ArabicStemFilter.</summary>
internal sealed class ArabicCliticStemFilter : TokenFilter
{
    private readonly ArabicCliticStemmer _stemmer;
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public ArabicCliticStemFilter(TokenStream input, ArabicCliticStemmer stemmer) : base(input)
    {
        _stemmer = stemmer;
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;
        if (!_keyword.IsKeyword)
            _term.Length = _stemmer.Stem(_term.Buffer, _term.Length);
        return true;
    }
}
