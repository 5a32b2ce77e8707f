using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ResBot.Bot.Channels.Teams.Authentication;

/// <summary>
/// The signing keys published at one OpenID metadata address. <see cref="ConfigurationManager{T}"/> caches them
/// (re-read every 12 hours); a token naming a key id the cache does not hold — how Bot Framework key rollover shows
/// up — makes this source read the metadata again at once.
/// </summary>
/// <remarks>
/// The re-read is done here rather than with <see cref="ConfigurationManager{T}.RequestRefresh"/> alone: since
/// Microsoft.IdentityModel 8 the manager refreshes in the background and keeps returning the old keys to the call
/// that asked, so the first token signed with a new key would be refused.
/// </remarks>
internal sealed class OpenIdKeySource
{
    /// <summary>At most one forced re-read per interval, so tokens with made-up key ids cannot hammer the metadata.</summary>
    private static readonly TimeSpan ForcedRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly string metadataUrl;
    private readonly HttpDocumentRetriever retriever;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> manager;
    private readonly TimeProvider time;
    private readonly SemaphoreSlim refreshGate = new(1, 1);
    private OpenIdConnectConfiguration? refreshed;
    private DateTimeOffset refreshedAt = DateTimeOffset.MinValue;

    public OpenIdKeySource(string metadataUrl, HttpClient httpClient, bool requiresEndorsement, TimeProvider time)
    {
        this.metadataUrl = metadataUrl;
        this.time = time;
        retriever = new HttpDocumentRetriever(httpClient)
        {
            // Production metadata is https; tests and local fakes serve plain http.
            RequireHttps = metadataUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase),
        };
        manager = new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new OpenIdConnectConfigurationRetriever(), retriever);
        RequiresEndorsement = requiresEndorsement;
    }

    /// <summary>Bot Framework keys list the channels they may sign for; Entra tenant keys do not.</summary>
    public bool RequiresEndorsement { get; }

    public async Task<JsonWebKey?> FindKeyAsync(string keyId, CancellationToken cancellationToken)
    {
        if ((Find(await manager.GetConfigurationAsync(cancellationToken), keyId) ?? FindRefreshed(keyId)) is { } key)
            return key;

        await refreshGate.WaitAsync(cancellationToken);
        try
        {
            if (FindRefreshed(keyId) is { } found)
                return found;
            if (time.GetUtcNow() - refreshedAt < ForcedRefreshInterval)
                return null;
            refreshedAt = time.GetUtcNow();
            manager.RequestRefresh();
            refreshed = await OpenIdConnectConfigurationRetriever.GetAsync(metadataUrl, retriever, cancellationToken);
            return Find(refreshed, keyId);
        }
        finally
        {
            refreshGate.Release();
        }
    }

    /// <summary>Keys read on demand serve until the manager's own cycle would have replaced them.</summary>
    private JsonWebKey? FindRefreshed(string keyId) =>
        refreshed is not null && time.GetUtcNow() - refreshedAt < manager.AutomaticRefreshInterval ? Find(refreshed, keyId) : null;

    private static JsonWebKey? Find(OpenIdConnectConfiguration configuration, string keyId) =>
        configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
}
