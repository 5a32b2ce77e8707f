using System.Text.Json;
using ResBot.Knowledge.Indexing;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Glossary;

/// <summary>
/// The domain glossary (glossary.json, embedded): bodies, addressees and topics with their spellings in the three
/// languages (COMIAC = كومياك = كوميالك = كوميكا …), and the operative verbs of each action. Data, not code:
/// a new spelling is a line in the JSON file.
/// </summary>
public sealed class DomainGlossary
{
    /// <summary>Question verbs such as "ask" that stand for any directive action.</summary>
    public const string AsksAction = "Asks";

    /// <summary>The actions that ask something of someone: their object is whom a clause addresses.</summary>
    public static readonly IReadOnlySet<string> DirectiveActions = new HashSet<string>
    {
        nameof(OperativeAction.CallsUpon), nameof(OperativeAction.Urges), nameof(OperativeAction.Requests),
        nameof(OperativeAction.Encourages), nameof(OperativeAction.Invites), AsksAction,
    };

    private readonly LanguageAnalyzers _analyzers;
    private readonly Dictionary<Language, TokenSequenceMatcher> _terms = [];
    private readonly Dictionary<Language, TokenSequenceMatcher> _actions = [];
    private readonly Dictionary<Language, HashSet<string>> _questionWords = [];
    private readonly Dictionary<Language, TokenSequenceMatcher> _preambleCues = [];
    private readonly Dictionary<Language, HashSet<string>> _genericAsks = [];

    public DomainGlossary(LanguageAnalyzers analyzers, Stream json)
    {
        _analyzers = analyzers;
        var file = JsonSerializer.Deserialize<GlossaryFile>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidDataException("glossary.json is empty");

        Terms = file.Terms.Select(t => new GlossaryTerm(t.Id, t.Kind, new Dictionary<Language, IReadOnlyList<string>>
        {
            [Language.Ar] = t.Ar ?? [],
            [Language.En] = t.En ?? [],
            [Language.Fr] = t.Fr ?? [],
        })).ToDictionary(t => t.Id, StringComparer.OrdinalIgnoreCase);

        foreach (var language in LanguageCodes.All)
        {
            _terms[language] = new TokenSequenceMatcher(Terms.Values.SelectMany(t => t.Variants[language].Select(v => (t.Id, Tokens(v, language)))));
            _actions[language] = new TokenSequenceMatcher(file.Actions.SelectMany(a =>
                Variants(a.Value, language).Select(v => (a.Key, Tokens(v, language)))));
            _genericAsks[language] = (file.GenericAsks?.GetValueOrDefault(language.Code()) ?? [])
                .Select(v => string.Join(' ', Tokens(v, language))).ToHashSet(StringComparer.Ordinal);
            _questionWords[language] = (file.QuestionWords?.GetValueOrDefault(language.Code()) ?? [])
                .SelectMany(w => Tokens(w, language)).ToHashSet(StringComparer.Ordinal);
            _preambleCues[language] = new TokenSequenceMatcher((file.PreambleCues?.GetValueOrDefault(language.Code()) ?? [])
                .Select(cue => ("preamble", Tokens(cue, language))));
        }
    }

    public IReadOnlyDictionary<string, GlossaryTerm> Terms { get; }

    /// <summary>The glossary shipped with ResBot.</summary>
    public static DomainGlossary LoadEmbedded(LanguageAnalyzers analyzers)
    {
        using var stream = OpenEmbedded();
        return new DomainGlossary(analyzers, stream);
    }

    /// <summary>
    /// The shipped glossary's hash: the terms and addressees annotated on every persisted paragraph come from it, so a
    /// data folder annotated with another glossary is rebuilt, never served with stale terms.
    /// </summary>
    public static string EmbeddedHash => EmbeddedHashValue.Value;

    private static readonly Lazy<string> EmbeddedHashValue = new(() => EmbeddedResource.ShortHash(GlossaryResource));

    private const string GlossaryResource = "ResBot.Knowledge.Glossary.glossary.json";

    private static Stream OpenEmbedded() => EmbeddedResource.Open(GlossaryResource);

    public List<string> Tokens(string text, Language language) => _analyzers.Tokens(text, language);

    /// <summary>Glossary terms in already analyzed tokens, longest match first at each position.</summary>
    public IReadOnlyList<TermMatch> FindTerms(IReadOnlyList<string> tokens, Language language) => _terms[language].FindAll(tokens);

    /// <summary>Action verbs (by <see cref="OperativeAction"/> name, or <see cref="AsksAction"/>) in analyzed tokens.</summary>
    public IReadOnlyList<TermMatch> FindActions(IReadOnlyList<string> tokens, Language language) => _actions[language].FindAll(tokens);

    /// <summary>
    /// Whether the words of an action match are the language's verb of asking in general (glossary.json's
    /// "genericAsks"): « demande » prints "calls upon" in a clause, and asks anything in a question; « exhorte » is
    /// always "urges".
    /// </summary>
    public bool IsGenericAsk(IReadOnlyList<string> tokens, TermMatch match, Language language) =>
        _genericAsks[language].Contains(string.Join(' ', tokens.Skip(match.Start).Take(match.End - match.Start)));

    /// <summary>Analyzed words that only shape a question ("what", "say", "resolution"): they say nothing of its topic.</summary>
    public IReadOnlySet<string> QuestionWords(Language language) => _questionWords[language];

    /// <summary>Words that point at the preamble ("recalling", "concern", "الأمم المتحدة"): the question wants background, not decisions.</summary>
    public bool HasPreambleCue(IReadOnlyList<string> tokens, Language language) => _preambleCues[language].FindAll(tokens).Count > 0;

    private static IEnumerable<string> Variants(Dictionary<string, string[]> byLanguage, Language language) =>
        byLanguage.TryGetValue(language.Code(), out var variants) ? variants : [];

    private sealed record GlossaryFile(
        List<TermEntry> Terms,
        Dictionary<string, Dictionary<string, string[]>> Actions,
        Dictionary<string, string[]>? QuestionWords,
        Dictionary<string, string[]>? GenericAsks,
        Dictionary<string, string[]>? PreambleCues);

    private sealed record TermEntry(string Id, string Kind, string[]? En, string[]? Fr, string[]? Ar);
}
