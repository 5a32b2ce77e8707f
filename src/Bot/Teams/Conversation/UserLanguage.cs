using ResBot.Bot.Storage;
using ResBot.Bot.Teams.Activities;
using ResBot.Bot.Teams.Connector;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Teams.Conversation;

/// <summary>The language a user prefers: the one they last chose on a button, else their Teams locale.</summary>
internal sealed class UserLanguage(IBotStore store, ILogger<UserLanguage> logger)
{
    public async Task<Language?> PriorAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (UserId(activity) is { } userId)
        {
            try
            {
                if (await store.GetUserLanguageAsync(BotConnectorClient.Platform, userId, cancellationToken) is { } stored)
                    return stored;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Could not read a user's language preference");
            }
        }
        return LanguageCodes.TryParse(activity.Locale, out var locale) ? locale : null;
    }

    public async Task ChooseAsync(Activity activity, Language language, CancellationToken cancellationToken)
    {
        if (UserId(activity) is not { } userId)
            return;
        try
        {
            await store.SetUserLanguageAsync(BotConnectorClient.Platform, userId, language, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not save a user's language preference");
        }
    }

    /// <summary>The Entra object id is stable across the user's chats; the channel account id is the fallback.</summary>
    private static string? UserId(Activity activity) => activity.From?.AadObjectId ?? activity.From?.Id;

    public static Language FromLocale(string? locale) => LanguageCodes.TryParse(locale, out var language) ? language : Language.En;
}
