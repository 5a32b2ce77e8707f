using System.Reflection;
using System.Text.Json;
using ResBot.Knowledge.Indexing;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Glossary;

/// <summary>
/// Words of the resolutions' vocabulary that mean the same, per language (lexicon.json, embedded): "trips" also
/// finds "visits", "piratage" also "cyberattaques", "رحلات" also "زيارات". Data, not code: a new synonym is a word
/// in a group. Matched on analyzed forms, so "visit", "visits" and "visited" are one entry.
/// </summary>
public sealed class ParaphraseLexicon
{
    private readonly Dictionary<Language, Dictionary<string, HashSet<string>>> _synonyms = [];

    public ParaphraseLexicon(LanguageAnalyzers analyzers, Stream json)
    {
        using var document = JsonDocument.Parse(json);
        foreach (var language in LanguageCodes.All)
        {
            var byWord = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            if (document.RootElement.TryGetProperty(language.Code(), out var groups))
            {
                foreach (var group in groups.EnumerateArray())
                {
                    var forms = group.EnumerateArray().SelectMany(w => analyzers.Tokens(w.GetString() ?? "", language)).ToHashSet(StringComparer.Ordinal);
                    foreach (var form in forms)
                    {
                        if (!byWord.TryGetValue(form, out var set))
                            byWord[form] = set = new HashSet<string>(StringComparer.Ordinal);
                        set.UnionWith(forms);
                    }
                }
            }
            _synonyms[language] = byWord;
        }
    }

    public static ParaphraseLexicon LoadEmbedded(LanguageAnalyzers analyzers)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ResBot.Knowledge.Glossary.lexicon.json")
            ?? throw new InvalidOperationException("lexicon.json is not embedded in ResBot.Knowledge");
        return new ParaphraseLexicon(analyzers, stream);
    }

    /// <summary>The analyzed words that mean the same as <paramref name="token"/> (itself included); empty when the lexicon has none.</summary>
    public IReadOnlySet<string> SynonymsOf(string token, Language language) =>
        _synonyms[language].TryGetValue(token, out var set) ? set : NoSynonyms;

    private static readonly HashSet<string> NoSynonyms = [];

    /// <summary>The analyzed words that mean the same as any of <paramref name="tokens"/>, the tokens themselves excepted.</summary>
    public IReadOnlyList<string> Synonyms(IReadOnlyList<string> tokens, Language language)
    {
        var own = tokens.ToHashSet(StringComparer.Ordinal);
        return tokens.SelectMany(t => _synonyms[language].GetValueOrDefault(t) ?? []).Where(s => !own.Contains(s)).Distinct().ToList();
    }
}
