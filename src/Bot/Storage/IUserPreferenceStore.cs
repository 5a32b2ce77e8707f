using ResBot.Knowledge.Model;

namespace ResBot.Bot.Storage;

/// <summary>Each user's chosen answer language, per platform.</summary>
public interface IUserPreferenceStore
{
    Task SetUserLanguageAsync(string platform, string userId, Language language, CancellationToken cancellationToken = default);

    Task<Language?> GetUserLanguageAsync(string platform, string userId, CancellationToken cancellationToken = default);
}
