using ResBot.Bot.Storage;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Conversations;

/// <summary>
/// The language a user chose (`lang fr`, a language button), kept per platform. A prior, not a command: the core
/// reads a question in the language it is written in, and the choice decides when the text does not ("38/4 ¶5").
/// A store failure is logged and never stops the bot from answering.
/// </summary>
internal sealed class UserPreferences(IUserPreferenceStore store, ILogger<UserPreferences> logger)
{
    public Task<Language?> LanguageAsync(Turn turn, CancellationToken cancellationToken) =>
        LanguageAsync(turn.Platform, turn.UserId, cancellationToken);

    public async Task<Language?> LanguageAsync(Platform platform, string userId, CancellationToken cancellationToken)
    {
        try
        {
            return await store.GetUserLanguageAsync(platform.Id, userId, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not read a user's language preference");
            return null;
        }
    }

    public async Task ChooseLanguageAsync(Turn turn, Language language, CancellationToken cancellationToken)
    {
        try
        {
            await store.SetUserLanguageAsync(turn.Platform.Id, turn.UserId, language, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not save a user's language preference");
        }
    }
}
