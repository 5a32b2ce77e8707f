using ResBot.Knowledge.Model;

namespace ResBot.Bot.Storage;

/// <summary>A conversation's daily digest on one topic.</summary>
/// <param name="Id">Assigned by the store; what `unsubscribe &lt;id&gt;` names.</param>
/// <param name="Platform">"msteams" or "slack", with <paramref name="ConversationId"/>: where the digest goes.</param>
/// <param name="Topic">Free text searched in the corpus, `*` for every new resolution, or a series such as `38/*`.</param>
/// <param name="LocalTime">When it is sent, in <paramref name="TimeZone"/>.</param>
/// <param name="TimeZone">An IANA time zone id ("Europe/Paris").</param>
/// <param name="Language">The language the digest is written in.</param>
/// <param name="Always">Send a short "nothing new" line rather than no message on quiet days.</param>
/// <param name="CreatedBy">The user who subscribed (platform user id).</param>
/// <param name="CreatedAt">Paragraphs added to the corpus after this instant are news to it.</param>
/// <param name="Paused">True once the platform refused delivery; no digest is sent while paused.</param>
/// <param name="PausedReason">Why it was paused ("MessageWritesBlocked", "channel_not_found" …).</param>
public sealed record Subscription(
    long Id,
    string Platform,
    string ConversationId,
    string Topic,
    TimeOnly LocalTime,
    string TimeZone,
    Language Language,
    bool Always,
    string? CreatedBy,
    DateTimeOffset CreatedAt,
    bool Paused = false,
    string? PausedReason = null);
