using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Indexing;

/// <summary>
/// One analyzer per language, used for the index, for questions and for glossary matching alike, so that
/// "للدول الأعضاء", "الدول الأعضاء" and "والدول" meet on the same stems (Arabic normalisation and light
/// stemming, with the clitics Lucene leaves taken off (<see cref="ArabicCliticStemmer"/>); French elision and light
/// stemming; English possessives and Porter stemming).
/// </summary>
public sealed class LanguageAnalyzers : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Bumped whenever a language's token rules change; the Arabic word list is hashed into <see cref="RulesKey"/> itself.</summary>
    public const int RulesVersion = 2;

    /// <summary>
    /// The rules' version and the Arabic word list's hash: part of the content hash, so an index analysed the old way is
    /// rebuilt, never searched with the new tokens.
    /// </summary>
    public static string RulesKey => $"{RulesVersion}:{ArabicCliticStemmer.WordListHash}";

    private readonly Dictionary<Language, Analyzer> _analyzers = new()
    {
        [Language.Ar] = new ArabicClauseAnalyzer(ArabicCliticStemmer.Embedded),
        [Language.En] = new EnglishAnalyzer(Version),
        [Language.Fr] = new FrenchAnalyzer(Version),
    };

    public Analyzer For(Language language) => _analyzers[language];

    /// <summary>The text's tokens as the index sees them, stop words removed.</summary>
    public List<string> Tokens(string text, Language language)
    {
        var tokens = new List<string>();
        using var stream = For(language).GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }

    public void Dispose()
    {
        foreach (var analyzer in _analyzers.Values)
            analyzer.Dispose();
    }
}
