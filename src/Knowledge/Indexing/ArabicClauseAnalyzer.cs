using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;

namespace ResBot.Knowledge.Indexing;

/// <summary>
/// Lucene's Arabic analysis (standard tokens, lower case, Arabic stop words, normalisation) with
/// <see cref="ArabicCliticStemmer"/> as its stemmer. The order matters as in Lucene's: stop words are matched as
/// written, and the stemmer and its word list see normalised letters.
/// </summary>
public sealed class ArabicClauseAnalyzer(ArabicCliticStemmer stemmer) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LanguageAnalyzers.Version, reader);
        TokenStream result = new LowerCaseFilter(LanguageAnalyzers.Version, source);
        result = new StopFilter(LanguageAnalyzers.Version, result, ArabicAnalyzer.DefaultStopSet);
        result = new ArabicNormalizationFilter(result);
        return new TokenStreamComponents(source, new ArabicCliticStemFilter(result, stemmer));
    }
}
