using ResBot.Knowledge.Glossary;
using ResBot.Knowledge.Indexing;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Understanding;

/// <summary>What a question asks, as <see cref="QuestionReader"/> understood it.</summary>
/// <param name="Language">The language to answer in: the question's, unless the caller forced another.</param>
/// <param name="Resolutions">Resolution keys that exist in the corpus ("38/4").</param>
/// <param name="UnknownResolutions">References that match no resolution, as the corpus would write them.</param>
/// <param name="Paragraphs">Paragraph keys asked for ("6", "E.3").</param>
/// <param name="Addressee">Whom the question is about ("member states", "الأمين العام").</param>
/// <param name="AsksForDirectives">The question is about what was asked of someone ("ask", "urge", "يطلب من", "demande").</param>
/// <param name="Actions">Specific non-directive actions named ("welcomed", "thanked").</param>
/// <param name="TermIds">Glossary terms (bodies, topics) in the question.</param>
/// <param name="ContentTokens">Analyzed words left once references, question words, addressees and verbs are gone.</param>
/// <param name="AboutPreamble">The question asks for background ("recalling", "concern"): preambular paragraphs answer it.</param>
public sealed record QuestionIntent(
    Language Language,
    IReadOnlyList<string> Resolutions,
    IReadOnlyList<string> UnknownResolutions,
    IReadOnlyList<string> Paragraphs,
    Addressee Addressee,
    bool AsksForDirectives,
    IReadOnlyList<OperativeAction> Actions,
    IReadOnlyList<string> TermIds,
    IReadOnlyList<string> ContentTokens,
    bool AboutPreamble = false)
{
    /// <summary>The language the question is written in: its words are matched against clauses in this language.</summary>
    public Language QuestionLanguage { get; init; } = Language;

    /// <summary>Analyzed words the paraphrase lexicon gives for the question's own ("trips" → "visits"), in its language.</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>Whom and what the question leaves out: "besides member States …", "as opposed to merely encouraging them".</summary>
    public LeftOutClauses LeftOut { get; init; } = LeftOutClauses.None;

    /// <summary>What kind of fact a one-fact question wants ("when", "how many", "which countries").</summary>
    public FactKind Fact { get; init; }

    /// <summary>For a place question, whether it asks where a meeting was held rather than where something is (<see cref="FactCue.AsksVenue"/>).</summary>
    public bool AsksVenue { get; init; }

    /// <summary>"What were the Hijri dates of the session?", « selon le calendrier hégirien », "التاريخ الهجري": the date to state is the Hijri one.</summary>
    public bool AsksHijri { get; init; }

    /// <summary>"Which resolutions mention Rabat?": every clause that mentions the topic answers, whatever its kind (<see cref="MentionCue"/>).</summary>
    public bool AsksWhereMentioned { get; init; }

    /// <summary>The question is about those who have not done something ("states that have not yet joined"): <see cref="NegationCue"/>.</summary>
    public bool Negated { get; init; }

    /// <summary>Numbers the question writes in digits, beside its references ("the day of 25 September", "100,000 computers").</summary>
    public IReadOnlyList<string> Numbers { get; init; } = [];

    /// <summary>The directive verbs the question names ("call upon", "urge"): none when it only says "ask".</summary>
    public IReadOnlyList<OperativeAction> DirectiveVerbs { get; init; } = [];

    /// <summary>The question asks which resolutions this one builds on, or which later ones build on it.</summary>
    public CitationQuestion Citation { get; init; }

    /// <summary>The body the question names ("S/RES", "A/RES", "LAS", "OIC"), when it names one and no resolution.</summary>
    public string? Body { get; init; }

    /// <summary>The session the question names ("the 38th session", "الدورة 38"): its scope when it names no resolution, else the session of a resolution it cites.</summary>
    public int? Session { get; init; }

    /// <summary>Sessions the question names that are not its scope ("the ninth session of COMIAC"): a topic, which the clauses that answer name too.</summary>
    public IReadOnlyList<int> TopicSessions { get; init; } = [];

    /// <summary>The question's scope is a session of which the corpus holds no document.</summary>
    public bool SessionMissing { get; init; }

    /// <summary>
    /// Words the question writes as names ("Jakarta", "UNESCO", capitalised in a question of any language) that the
    /// glossary does not know, as typed: a name the corpus never mentions means the question is about something it
    /// does not hold, whatever generic words it shares with a paragraph.
    /// </summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>Topic words written in another language than the question's, analysed in that language ("القرصنة" in a French question).</summary>
    public IReadOnlyList<LanguageTokens> OtherLanguageTokens { get; init; } = [];

    /// <summary>
    /// The question's analysed words that named a glossary term two ways or more ("virus", "piratage" for cyber
    /// security): of the clauses sharing that term, those that also write these words say what the question says.
    /// </summary>
    public IReadOnlyList<string> TermWords { get; init; } = [];

    /// <summary>How many topic words the question has, in its own language and in others.</summary>
    public int TopicWordCount => ContentTokens.Count + OtherLanguageTokens.Sum(o => o.Tokens.Count);

    public bool HasTopic => TermIds.Count > 0 || TopicWordCount > 0;

    /// <summary>Topic terms and addressees together, as glossary ids (the addressee flags are named like their glossary entries).</summary>
    public IReadOnlyList<string> TermIdsWithAddressees =>
        [.. TermIds, .. AddresseeIds.Of(Addressee)];
}
