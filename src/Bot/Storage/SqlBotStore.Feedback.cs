using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using ResBot.Bot.Feedback;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Storage;

// Feedback: the answers sent (so a thumbs press finds its question and citations) and the feedback given on them.
// Same SQL on both providers.
internal abstract partial class SqlBotStore
{
    // Teams lets a user judge an answer long after it was sent; a quarter of answers is what feedback can still reach.
    // The feedback rows copy what they judge, so pruning an answer never loses feedback.
    private static readonly TimeSpan AnsweredMessageRetention = TimeSpan.FromDays(90);

    private const string FeedbackColumns =
        "id, platform, conversation_id, message_id, question, language, mode, outcome, citations, sent_at, user_id, reaction, comment, given_at";

    public async Task SaveAnsweredMessageAsync(AnsweredMessage message, CancellationToken cancellationToken = default)
    {
        await ExecuteAsync("""
            INSERT INTO answered_messages (platform, conversation_id, message_id, question, language, mode, outcome, citations, sent_at)
            VALUES (@platform, @conversation_id, @message_id, @question, @language, @mode, @outcome, @citations, @sent_at)
            ON CONFLICT (platform, conversation_id, message_id) DO UPDATE SET
                question = excluded.question, language = excluded.language, mode = excluded.mode, outcome = excluded.outcome,
                citations = excluded.citations, sent_at = excluded.sent_at
            """, cancellationToken, AnswerParameters(message));
        await ExecuteAsync("DELETE FROM answered_messages WHERE sent_at < @cutoff", cancellationToken,
            ("cutoff", message.SentAt - AnsweredMessageRetention));
    }

    public async Task<AnsweredMessage?> GetAnsweredMessageAsync(string platform, string conversationId, string messageId, CancellationToken cancellationToken = default) =>
        (await QueryAsync("""
            SELECT platform, conversation_id, message_id, question, language, mode, outcome, citations, sent_at
            FROM answered_messages WHERE platform = @platform AND conversation_id = @conversation_id AND message_id = @message_id
            """, reader => ReadAnswer(reader, 0), cancellationToken,
            ("platform", platform), ("conversation_id", conversationId), ("message_id", messageId)))
        .FirstOrDefault();

    public async Task<FeedbackEntry> SaveFeedbackAsync(FeedbackEntry entry, CancellationToken cancellationToken = default)
    {
        // One row per user and answer: a user who changes their mind (or a platform that delivers the press twice) updates it.
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, """
            INSERT INTO feedback (platform, conversation_id, message_id, question, language, mode, outcome, citations, sent_at, user_id, reaction, comment, given_at)
            VALUES (@platform, @conversation_id, @message_id, @question, @language, @mode, @outcome, @citations, @sent_at, @user_id, @reaction, @comment, @given_at)
            ON CONFLICT (platform, conversation_id, message_id, user_id) DO UPDATE SET
                reaction = excluded.reaction, comment = excluded.comment, given_at = excluded.given_at
            RETURNING id
            """,
            [.. AnswerParameters(entry.Answer), ("user_id", entry.UserId), ("reaction", entry.Reaction.Code()), ("comment", entry.Comment), ("given_at", entry.At)]);
        var id = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        return entry with { Id = id };
    }

    public Task<IReadOnlyList<FeedbackEntry>> ListFeedbackAsync(FeedbackFilter filter, CancellationToken cancellationToken = default)
    {
        // Each condition is switched off by its own flag rather than by building SQL from pieces.
        return QueryAsync($"""
            SELECT {FeedbackColumns} FROM feedback
            WHERE (@any_since OR given_at >= @since) AND (@any_platform OR platform = @platform) AND (@any_reaction OR reaction = @reaction)
            ORDER BY given_at, id
            """, ReadFeedback, cancellationToken,
            ("any_since", filter.Since is null), ("since", filter.Since ?? DateTimeOffset.UnixEpoch),
            ("any_platform", filter.Platform is null), ("platform", filter.Platform ?? ""),
            ("any_reaction", filter.Reaction is null), ("reaction", filter.Reaction?.Code() ?? ""));
    }

    private static (string, object?)[] AnswerParameters(AnsweredMessage message) =>
    [
        ("platform", message.Platform), ("conversation_id", message.ConversationId), ("message_id", message.MessageId),
        ("question", message.Question), ("language", message.Language.Code()), ("mode", FeedbackExport.ModeCode(message.Mode)),
        ("outcome", FeedbackExport.OutcomeCode(message.Outcome)), ("citations", JsonSerializer.Serialize(message.Citations)),
        ("sent_at", message.SentAt),
    ];

    private static AnsweredMessage ReadAnswer(DbDataReader reader, int first) => new(
        reader.GetString(first), reader.GetString(first + 1), reader.GetString(first + 2), reader.GetString(first + 3),
        LanguageCodes.TryParse(reader.GetString(first + 4), out var language) ? language : Language.En,
        reader.GetString(first + 5) == "generative" ? AnswerMode.Generative : AnswerMode.Extractive,
        reader.GetString(first + 6) switch { "found" => AnswerOutcome.Found, "notFound" => AnswerOutcome.NotFound, _ => AnswerOutcome.Invalid },
        JsonSerializer.Deserialize<List<string>>(reader.GetString(first + 7)) ?? [],
        reader.GetFieldValue<DateTimeOffset>(first + 8));

    private static FeedbackEntry ReadFeedback(DbDataReader reader) => new(
        reader.GetInt64(0),
        ReadAnswer(reader, 1),
        reader.GetString(10),
        FeedbackReactions.TryParse(reader.GetString(11), out var reaction) ? reaction : FeedbackReaction.Dislike,
        NullableString(reader, 12),
        reader.GetFieldValue<DateTimeOffset>(13));
}
