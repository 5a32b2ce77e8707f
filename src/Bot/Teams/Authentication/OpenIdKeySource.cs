using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ResBot.Bot.Teams.Authentication;

/// <summary>
/// The signing keys published at one OpenID metadata address, cached by <see cref="ConfigurationManager{T}"/>
/// (automatic refresh every 12 hours) and refreshed when a token names a key id the cache does not hold,
/// which is how Bot Framework key rollover shows up.
/// </summary>
internal sealed class OpenIdKeySource
{
    private readonly ConfigurationManager<OpenIdConnectConfiguration> manager;

    public OpenIdKeySource(string metadataUrl, HttpClient httpClient, bool requiresEndorsement)
    {
        var retriever = new HttpDocumentRetriever(httpClient)
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
        var key = Find(await manager.GetConfigurationAsync(cancellationToken), keyId);
        if (key is not null)
            return key;
        // RequestRefresh is rate-limited by RefreshInterval (5 minutes), so random key ids cannot hammer the metadata.
        manager.RequestRefresh();
        return Find(await manager.GetConfigurationAsync(cancellationToken), keyId);
    }

    private static JsonWebKey? Find(OpenIdConnectConfiguration configuration, string keyId) =>
        configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
}
