using Microsoft.Extensions.Options;

namespace ResBot.Bot.Channels.Teams.Authentication;

/// <summary>
/// Where the signing key of a token is looked up, chosen by its issuer: Bot Framework's metadata for the Bot
/// Connector's own tokens, the Entra tenant's metadata for tokens a single-tenant bot's tenant issued.
/// </summary>
internal sealed class BotKeySources
{
    private readonly OpenIdKeySource botFramework;
    private readonly OpenIdKeySource? tenant;
    private readonly HashSet<string> botFrameworkIssuers;
    private readonly HashSet<string> tenantIssuers;

    public const string HttpClientName = "ResBot.Teams.OpenId";

    public BotKeySources(IOptions<TeamsOptions> options, IHttpClientFactory httpClients, TimeProvider time)
    {
        var settings = options.Value;
        var http = httpClients.CreateClient(HttpClientName);
        botFramework = new OpenIdKeySource(settings.OpenIdMetadataUrl, http, requiresEndorsement: true, time);
        var tenantId = settings.TenantId.Trim();
        tenantIssuers = settings.TenantIssuers.ToHashSet(StringComparer.Ordinal);
        if (tenantId.Length > 0)
        {
            var tenantMetadata = string.IsNullOrWhiteSpace(settings.TenantOpenIdMetadataUrl)
                ? $"https://login.microsoftonline.com/{tenantId}/v2.0/.well-known/openid-configuration"
                : settings.TenantOpenIdMetadataUrl;
            tenant = new OpenIdKeySource(tenantMetadata, http, requiresEndorsement: false, time);
        }
        Issuers = settings.ResolvedIssuers;
        botFrameworkIssuers = Issuers.Where(i => !tenantIssuers.Contains(i)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every trusted issuer, resolved once from the options.</summary>
    public IReadOnlyList<string> Issuers { get; }

    /// <summary>The key source for a (not yet validated) issuer; null when the issuer is not trusted at all.</summary>
    public OpenIdKeySource? ForIssuer(string? issuer)
    {
        if (issuer is null)
            return null;
        if (botFrameworkIssuers.Contains(issuer))
            return botFramework;
        return tenantIssuers.Contains(issuer) ? tenant : null;
    }
}
