using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Answers;

/// <summary>A user's question.</summary>
/// <param name="Text">What the user typed.</param>
/// <param name="LocalePrior">The caller's locale (Teams activity.locale, a stored preference): a prior, overridden by clear evidence in the text.</param>
/// <param name="ForcedLanguage">Answer in this language whatever the text says (CLI --lang, a "show in French" button).</param>
public sealed record Question(string Text, Language? LocalePrior = null, Language? ForcedLanguage = null)
{
    /// <summary>
    /// The resolutions the conversation's last answer was about, given when the question follows it up ("and
    /// paragraph 8?"): a question that names no resolution is answered within them, and its lead says so.
    /// </summary>
    public IReadOnlyList<string> Scope { get; init; } = [];
}
