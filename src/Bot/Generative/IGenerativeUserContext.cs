namespace ResBot.Bot.Generative;

/// <summary>
/// Who is asking, for the per-user limit on generated answers. Channels wrap a call to the assistant:
/// <c>using (userContext.BeginUser($"teams:{aadObjectId}")) answer = await assistant.AskAsync(…);</c>.
/// Registered whether or not a model is configured, so channel code never depends on the configuration.
/// </summary>
public interface IGenerativeUserContext
{
    /// <summary>The user of the current call, or null when the caller named none (the command line).</summary>
    string? UserKey { get; }

    /// <summary>Names the user for the calls made until the returned scope is disposed (flows across awaits).</summary>
    IDisposable BeginUser(string userKey);
}
