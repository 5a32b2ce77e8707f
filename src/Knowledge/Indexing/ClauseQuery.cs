using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Indexing;

/// <summary>What to look for: words in one language, glossary terms in any, and filters.</summary>
/// <param name="Text">Free text, analyzed with <paramref name="Language"/>'s analyzer; null for filters only.</param>
/// <param name="TermIds">Glossary ids ("COMIAC", "cybersecurity"): they find the clause in whatever language it has.</param>
public sealed record ClauseQuery(
    string? Text,
    Language Language,
    IReadOnlyList<string> TermIds,
    string? ResolutionKey = null,
    ParagraphKind? Kind = null,
    Addressee Addressee = Addressee.None);
