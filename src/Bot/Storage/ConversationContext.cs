using ResBot.Knowledge.Model;

namespace ResBot.Bot.Storage;

/// <summary>
/// What a conversation's last answer was about, kept for follow-up questions ("and paragraph 8?") until
/// <paramref name="ExpiresAt"/>. Keyed by platform and conversation (a Slack thread is a conversation of its own).
/// </summary>
/// <param name="Resolutions">The resolution keys the answer quoted, in its order.</param>
/// <param name="Paragraphs">The paragraphs it quoted, in its order, for "in French please".</param>
/// <param name="Language">The answer's language.</param>
public sealed record ConversationContext(
    string Platform,
    string ConversationId,
    IReadOnlyList<string> Resolutions,
    IReadOnlyList<QuotedParagraph> Paragraphs,
    Language Language,
    DateTimeOffset ExpiresAt);
