using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Answers;

/// <summary>A clause quoted in an answer.</summary>
/// <param name="Citation">Where it comes from.</param>
/// <param name="Text">The quoted text.</param>
/// <param name="TextLanguage">The language of <paramref name="Text"/>; differs from the answer's when the corpus lacks that version.</param>
/// <param name="IsAuthoritative">True when the quoted text is the authoritative version of the document.</param>
/// <param name="IsMachineTranslation">True when the text is an unofficial machine translation made on demand.</param>
public sealed record QuotedClause(
    Citation Citation,
    string Text,
    Language TextLanguage,
    bool IsAuthoritative,
    bool IsMachineTranslation = false)
{
    /// <summary>
    /// Runs of <see cref="Text"/> to set off (bold in Teams, Slack and the terminal): the words stating the fact a
    /// one-fact question asked for. Empty for other answers.
    /// </summary>
    public IReadOnlyList<TextSpan> Highlights { get; init; } = [];

    /// <summary>
    /// For a search hit: the words of the query as this clause writes them (a glossary term's name in the clause's
    /// language, or a query word), so a preview can show the match; null when the clause only matched by meaning.
    /// </summary>
    public string? Match { get; init; }
}
