using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using ResBot.Bot.Channels.Slack.WebApi;
using ResBot.Bot.Storage;

namespace ResBot.Bot.Channels.Slack.Installation;

/// <summary>
/// OAuth v2 installation into other workspaces: `/api/slack/install` sends the user to Slack with a state bound
/// to their browser (a cookie), `/api/slack/oauth/callback` checks that state, exchanges the code and stores the
/// workspace's bot token encrypted.
/// </summary>
internal sealed class SlackInstallEndpoints(
    IOptions<SlackOptions> options,
    IDataProtectionProvider dataProtection,
    ISlackApiClient slack,
    SlackTokenProtector tokens,
    IOnceRecorder once,
    ISlackInstallationStore installations,
    TimeProvider time,
    ILogger<SlackInstallEndpoints> logger)
{
    public const string CallbackPath = "/api/slack/oauth/callback";
    public const string StateCookie = "resbot_slack_oauth_state";
    // The history scopes let the bot read a conversation back, after a post whose outcome is unknown, before posting again.
    public const string BotScopes = "commands,chat:write,app_mentions:read,assistant:write,channels:history,groups:history,im:history,mpim:history,im:read,users:read";
    private static readonly TimeSpan StateLifetime = TimeSpan.FromMinutes(10);

    // The state Slack echoes back is the cookie's nonce, protected and time-limited: a forged or stale state,
    // or one that arrives in another browser than the one that started the install, is refused.
    private readonly ITimeLimitedDataProtector _state = dataProtection.CreateProtector("ResBot.Slack.OAuthState.v1").ToTimeLimitedDataProtector();

    public IResult Install(HttpContext http)
    {
        var slack = options.Value;
        if (!slack.OAuthEnabled)
            return Results.NotFound("Installation into other workspaces is not configured (Slack:ClientId, Slack:ClientSecret).");
        if (RedirectUri() is not { } redirectUri)
            return Results.NotFound("Installation needs Slack:RedirectUrl, the public https URL of /api/slack/oauth/callback registered with Slack.");

        var nonce = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var state = _state.Protect(nonce, time.GetUtcNow() + StateLifetime);
        http.Response.Cookies.Append(StateCookie, nonce, new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            // Lax: the cookie must come back on Slack's top-level redirect to the callback.
            SameSite = SameSiteMode.Lax,
            Path = CallbackPath,
            MaxAge = StateLifetime,
        });
        var authorize = QueryHelpers.AddQueryString(slack.AuthorizeUrl, new Dictionary<string, string?>
        {
            ["client_id"] = slack.ClientId,
            ["scope"] = BotScopes,
            ["redirect_uri"] = redirectUri,
            ["state"] = state,
        });
        return Results.Redirect(authorize);
    }

    public async Task<IResult> CallbackAsync(HttpContext http)
    {
        if (!options.Value.OAuthEnabled || RedirectUri() is not { } redirectUri)
            return Results.NotFound();
        var query = http.Request.Query;
        if (!string.IsNullOrEmpty(query["error"]))
            return Results.BadRequest("The installation was cancelled.");
        string? code = query["code"], state = query["state"];
        if (string.IsNullOrEmpty(code) || string.IsNullOrEmpty(state) || StateNonce(state, http.Request.Cookies[StateCookie]) is not { } nonce)
            return Results.BadRequest("The installation link expired or was not started here. Start again from /api/slack/install.");
        http.Response.Cookies.Delete(StateCookie, new CookieOptions { Path = CallbackPath });
        // Single use: a state replayed after its install (a leaked URL and cookie) is refused.
        if (!await once.TryRecordOnceAsync("oauth-state:" + nonce, time.GetUtcNow(), http.RequestAborted))
            return Results.BadRequest("This installation link was already used. Start again from /api/slack/install.");

        var access = await slack.ExchangeOAuthCodeAsync(code, redirectUri, http.RequestAborted);
        if (!access.Ok)
            return Results.BadRequest($"Slack refused the installation ({access.Status.ErrorCode}).");

        await installations.SaveSlackInstallationAsync(
            new SlackInstallation(access.TeamId!, access.TeamName, tokens.Protect(access.BotToken!), access.BotUserId, time.GetUtcNow()),
            http.RequestAborted);
        logger.LogInformation("ResBot installed in Slack team {TeamId}", access.TeamId);
        return Results.Text($"ResBot is installed in {access.TeamName ?? access.TeamId}. Try /resbot help in Slack.", "text/plain", Encoding.UTF8);
    }

    /// <summary>The state's nonce when the state is ours, unexpired, and matches this browser's cookie; else null.</summary>
    private string? StateNonce(string state, string? cookie)
    {
        if (string.IsNullOrEmpty(cookie))
            return null;
        string nonce;
        try
        {
            nonce = _state.Unprotect(state, out var expiration);
            if (expiration < time.GetUtcNow())
                return null;
        }
        catch (CryptographicException)
        {
            return null;
        }
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(nonce), Encoding.UTF8.GetBytes(cookie)) ? nonce : null;
    }

    /// <summary>
    /// Only from configuration: one built from the request's Host header would let whoever controls that header choose
    /// where Slack sends the code. Null (install off) when unset or not an absolute http(s) URL.
    /// </summary>
    private string? RedirectUri() =>
        Uri.TryCreate(options.Value.RedirectUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? uri.ToString() : null;
}
