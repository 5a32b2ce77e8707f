using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace ResBot.Bot.Channels.Teams.Authentication;

/// <summary>
/// OAuth 2.0 client-credentials grant against Entra (scope https://api.botframework.com/.default), cached until
/// five minutes before the token expires.
/// </summary>
/// <remarks>
/// Why not MSAL's ConfidentialClientApplication: MSAL only accepts https authorities and runs instance and
/// OpenID discovery against them, so neither a sovereign-cloud token endpoint given as a plain URL nor a test's
/// plain-http fake can stand in for Entra. The grant itself is one form POST.
/// </remarks>
internal sealed class ClientCredentialsTokenProvider(
    IHttpClientFactory httpClients,
    IOptions<TeamsOptions> options,
    TimeProvider time,
    ILogger<ClientCredentialsTokenProvider> logger) : IBotTokenProvider, IDisposable
{
    public const string HttpClientName = "ResBot.Teams.Token";

    private static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private string? token;
    private DateTimeOffset renewAt;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (!settings.HasCredentials)
            return null;
        if (token is not null && time.GetUtcNow() < renewAt)
            return token;

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (token is not null && time.GetUtcNow() < renewAt)
                return token;
            // A singleton (the cache lives here) asks the factory for a client per grant, so handlers still rotate.
            var http = httpClients.CreateClient(HttpClientName);
            using var response = await http.PostAsync(settings.ResolvedTokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = settings.AppId,
                ["client_secret"] = settings.AppPassword,
                ["scope"] = TeamsOptions.ConnectorScope,
            }), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                // The body may echo request details; the status is enough to act on.
                logger.LogError("The token endpoint refused the bot's credentials with HTTP {Status}", (int)response.StatusCode);
                throw new BotTokenException($"token endpoint answered HTTP {(int)response.StatusCode}");
            }
            var grant = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken);
            if (string.IsNullOrEmpty(grant?.AccessToken))
                throw new BotTokenException("token endpoint answered without an access_token");
            token = grant.AccessToken;
            renewAt = time.GetUtcNow() + TimeSpan.FromSeconds(Math.Max(0, grant.ExpiresIn)) - RenewBeforeExpiry;
            return token;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
