using System.Text.Json;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Storage;

// Follow-up contexts: one row per conversation, replaced by every answer, read only while unexpired.
internal abstract partial class SqlBotStore : IConversationContextStore
{
    public async Task SaveContextAsync(ConversationContext context, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await ExecuteAsync("""
            INSERT INTO conversation_contexts (platform, conversation_id, resolutions, paragraphs, language, expires_at)
            VALUES (@platform, @conversation_id, @resolutions, @paragraphs, @language, @expires_at)
            ON CONFLICT (platform, conversation_id) DO UPDATE SET resolutions = excluded.resolutions,
                paragraphs = excluded.paragraphs, language = excluded.language, expires_at = excluded.expires_at
            """, cancellationToken,
            ("platform", context.Platform), ("conversation_id", context.ConversationId),
            ("resolutions", JsonSerializer.Serialize(context.Resolutions)), ("paragraphs", JsonSerializer.Serialize(context.Paragraphs)),
            ("language", context.Language.Code()), ("expires_at", context.ExpiresAt));
        await ExecuteAsync("DELETE FROM conversation_contexts WHERE expires_at < @now", cancellationToken, ("now", now));
    }

    public async Task<ConversationContext?> GetContextAsync(string platform, string conversationId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, """
            SELECT resolutions, paragraphs, language, expires_at FROM conversation_contexts
            WHERE platform = @platform AND conversation_id = @conversation_id AND expires_at > @now
            """, ("platform", platform), ("conversation_id", conversationId), ("now", now));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken) || !LanguageCodes.TryParse(reader.GetString(2), out var language))
            return null;
        return new ConversationContext(platform, conversationId,
            JsonSerializer.Deserialize<List<string>>(reader.GetString(0)) ?? [],
            JsonSerializer.Deserialize<List<QuotedParagraph>>(reader.GetString(1)) ?? [],
            language, reader.GetFieldValue<DateTimeOffset>(3));
    }

    public Task RemoveContextAsync(string platform, string conversationId, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM conversation_contexts WHERE platform = @platform AND conversation_id = @conversation_id", cancellationToken,
            ("platform", platform), ("conversation_id", conversationId));
}
