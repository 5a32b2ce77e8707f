using ResBot.Knowledge.Model;

namespace ResBot.Bot.Digests;

/// <summary>
/// One conversation's digest for one day, channel-neutral: every text is already in its language, every clause carries its citation.
/// Teams and Slack senders only lay it out.
/// </summary>
/// <param name="Platform">"msteams" or "slack".</param>
/// <param name="ConversationId">Where it goes.</param>
/// <param name="Language">The language of <paramref name="Title"/> (that of the first section).</param>
/// <param name="LocalDate">The day it belongs to, in the first subscription's time zone.</param>
/// <param name="Title">"Daily digest — 29 March 2026", localized.</param>
/// <param name="Sections">One per subscription, in subscription order.</param>
public sealed record Digest(
    string Platform,
    string ConversationId,
    Language Language,
    DateOnly LocalDate,
    string Title,
    IReadOnlyList<DigestSection> Sections);
