using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Answers;

/// <summary>
/// The one channel-neutral answer that the command line, Teams and Slack render.
/// </summary>
/// <param name="Question">The question as asked.</param>
/// <param name="Language">The language of the answer (the question's).</param>
/// <param name="Outcome">Found, not found or invalid.</param>
/// <param name="Mode">Extractive (default) or generative.</param>
/// <param name="Lead">A one-line lead in <paramref name="Language"/>; in generative mode, the generated text.</param>
/// <param name="Clauses">The quoted clauses, each with its citation; empty unless <see cref="AnswerOutcome.Found"/>.</param>
/// <param name="Notes">Hints and caveats in <paramref name="Language"/> ("unofficial translation", "resolutions that exist: …").</param>
/// <param name="Resolutions">The resolution keys the answer is about, for follow-up buttons ("show the whole resolution").</param>
public sealed record Answer(
    string Question,
    Language Language,
    AnswerOutcome Outcome,
    AnswerMode Mode,
    string Lead,
    IReadOnlyList<QuotedClause> Clauses,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Resolutions)
{
    /// <summary>Label shown by every renderer when the answer is generated ("AI-generated" in the answer's language).</summary>
    public string? Label { get; init; }

    public IEnumerable<Citation> Citations => Clauses.Select(c => c.Citation);
}
