using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Digests;

/// <summary>What one subscription contributes to a digest.</summary>
/// <param name="SubscriptionId">The subscription.</param>
/// <param name="Topic">As the user typed it.</param>
/// <param name="Language">The language of this section's texts.</param>
/// <param name="Heading">"New on “cybersecurity”", localized.</param>
/// <param name="Resolutions">New clauses grouped by resolution, best first; empty on a quiet day.</param>
/// <param name="Note">A localized line under the clauses: "nothing new" with one relevant clause, or how many more follow next time.</param>
/// <param name="NothingNewExample">On a quiet day for an `always` subscription: one relevant clause, already seen.</param>
/// <param name="AskMore">A question to ask the bot about this topic (the "ask more" button or link).</param>
/// <param name="ParagraphIds">The paragraphs this section delivers ("document|resolution|paragraph"): recorded as seen once sent.</param>
public sealed record DigestSection(
    long SubscriptionId,
    string Topic,
    Language Language,
    string Heading,
    IReadOnlyList<DigestResolution> Resolutions,
    string? Note,
    QuotedClause? NothingNewExample,
    string AskMore,
    IReadOnlyList<string> ParagraphIds)
{
    public bool HasNews => Resolutions.Count > 0;
}
