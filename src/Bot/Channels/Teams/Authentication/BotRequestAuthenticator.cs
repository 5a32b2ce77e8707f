using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ResBot.Bot.Channels.Teams.Activities;

namespace ResBot.Bot.Channels.Teams.Authentication;

/// <summary>
/// Checks that a request comes from the Bot Connector (Microsoft bot-docs, "Authentication with the Bot Connector
/// API"): an RS256 token signed by a published key, issued by Bot Framework (or the bot's own tenant), for this
/// bot, within its lifetime; then that the signing key is endorsed for the activity's channel and that the token
/// was issued for the activity's serviceUrl.
/// </summary>
internal sealed class BotRequestAuthenticator(IOptions<TeamsOptions> options, BotKeySources keys, ILogger<BotRequestAuthenticator> logger)
{
    /// <summary>Bot Framework's clock skew allowance.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Bot Connector tokens carry the serviceUrl they were issued for in this claim.</summary>
    private const string ServiceUrlClaim = "serviceurl";

    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    /// <summary>Validates the token in the Authorization header; the activity is not read yet.</summary>
    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.HasCredentials)
        {
            return settings.AllowUnauthenticated
                ? AuthenticationOutcome.Accept(CallerIdentity.Unauthenticated)
                : AuthenticationOutcome.Unauthorized("Teams:AppId is not configured");
        }

        if (authorizationHeader is null || !authorizationHeader.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticationOutcome.Unauthorized("no bearer token");
        var raw = authorizationHeader["Bearer ".Length..].Trim();
        if (!handler.CanReadToken(raw))
            return AuthenticationOutcome.Unauthorized("unreadable token");

        JsonWebToken token;
        try
        {
            token = handler.ReadJsonWebToken(raw);
        }
        catch (ArgumentException)
        {
            return AuthenticationOutcome.Unauthorized("unreadable token");
        }

        var source = keys.ForIssuer(token.Issuer);
        if (source is null)
            return AuthenticationOutcome.Unauthorized("untrusted issuer");
        if (string.IsNullOrEmpty(token.Kid))
            return AuthenticationOutcome.Unauthorized("token names no key");

        JsonWebKey? key;
        try
        {
            key = await source.FindKeyAsync(token.Kid, cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidOperationException or HttpRequestException or IOException)
        {
            logger.LogError(exception, "The OpenID metadata could not be read; requests are refused until it can");
            return AuthenticationOutcome.Unavailable("OpenID metadata unavailable");
        }
        if (key is null)
            return AuthenticationOutcome.Unauthorized("unknown signing key");

        var result = await handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKey = key,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            ValidIssuers = keys.Issuers,
            ValidAudience = settings.AppId,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = ClockSkew,
        });
        if (!result.IsValid)
            return AuthenticationOutcome.Unauthorized(result.Exception?.GetType().Name ?? "invalid token");

        var serviceUrl = token.TryGetPayloadValue<string>(ServiceUrlClaim, out var claim) ? claim : null;
        if (string.IsNullOrEmpty(serviceUrl))
            return AuthenticationOutcome.Unauthorized("token has no serviceurl claim");
        return AuthenticationOutcome.Accept(new CallerIdentity(serviceUrl, source.RequiresEndorsement ? Endorsements(key) : null));
    }

    /// <summary>The second half of the check, once the activity is parsed.</summary>
    public static AuthenticationOutcome Authorize(CallerIdentity caller, Activity activity)
    {
        if (caller.IsUnauthenticated)
        {
            // Nothing vouches for an unauthenticated activity's serviceUrl, so development mode only ever answers
            // an emulator or DirectLine server on this machine, never a URL a stranger supplied.
            return Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var local) && local.IsLoopback
                ? AuthenticationOutcome.Accept(caller)
                : AuthenticationOutcome.Forbidden("unauthenticated requests may only name a loopback serviceUrl");
        }
        if (caller.Endorsements is { } endorsements && !endorsements.Contains(activity.ChannelId ?? "", StringComparer.OrdinalIgnoreCase))
            return AuthenticationOutcome.Forbidden("signing key not endorsed for the channel");
        if (!SameServiceUrl(caller.ServiceUrl, activity.ServiceUrl))
            return AuthenticationOutcome.Forbidden("serviceUrl does not match the token");
        return AuthenticationOutcome.Accept(caller);
    }

    private static bool SameServiceUrl(string? claimed, string? actual) =>
        claimed is not null && actual is not null
        && string.Equals(claimed.TrimEnd('/'), actual.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// `endorsements` is not a typed property of <see cref="JsonWebKey"/>: the JWKS reader keeps unknown members in
    /// <see cref="JsonWebKey.AdditionalData"/> as <see cref="JsonElement"/>s.
    /// </summary>
    private static IReadOnlyList<string> Endorsements(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue("endorsements", out var value))
            return [];
        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList(),
            IEnumerable<object> items => items.Select(i => i?.ToString() ?? "").ToList(),
            _ => [],
        };
    }
}
