using System.ComponentModel.DataAnnotations;

namespace ResBot.Bot.Channels.Teams;

/// <summary>`Teams:*`: the bot's Microsoft App registration and the Bot Framework endpoints.</summary>
public sealed class TeamsOptions : IValidatableObject
{
    public const string Section = "Teams";

    /// <summary>Bot Framework's published OpenID metadata (public cloud). Sovereign clouds and tests override it.</summary>
    public const string BotFrameworkOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The issuer of every token the Bot Connector sends (REFERENCE.md, Bot Framework authentication).</summary>
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    /// <summary>The scope the bot asks for when it calls the connector.</summary>
    public const string ConnectorScope = "https://api.botframework.com/.default";

    /// <summary>The bot's Microsoft App ID: the audience of inbound tokens and the client id of outbound ones.</summary>
    public string AppId { get; set; } = "";

    /// <summary>The client secret of the App registration. Never logged.</summary>
    public string AppPassword { get; set; } = "";

    /// <summary>The Entra tenant of a single-tenant bot; empty for multi-tenant bots.</summary>
    public string TenantId { get; set; } = "";

    public string OpenIdMetadataUrl { get; set; } = BotFrameworkOpenIdMetadataUrl;

    /// <summary>Keys for tokens issued by <see cref="TenantId"/>; empty means Entra's v2.0 metadata for that tenant.</summary>
    public string TenantOpenIdMetadataUrl { get; set; } = "";

    /// <summary>The client-credentials token endpoint; empty means Entra's for <see cref="TenantId"/> (or botframework.com).</summary>
    public string TokenEndpoint { get; set; } = "";

    /// <summary>Extra accepted issuers (sovereign clouds); the Bot Framework issuer and the tenant's are always accepted.</summary>
    public List<string> ValidIssuers { get; set; } = [];

    /// <summary>Local development only: with no <see cref="AppId"/>, accept unsigned requests and reply without a token.</summary>
    public bool AllowUnauthenticated { get; set; }

    public bool HasCredentials => !string.IsNullOrWhiteSpace(AppId);

    /// <summary>True when requests are accepted without a token: no App ID and explicitly allowed.</summary>
    public bool AcceptsUnauthenticated => !HasCredentials && AllowUnauthenticated;

    public string ResolvedTokenEndpoint => string.IsNullOrWhiteSpace(TokenEndpoint)
        ? $"https://login.microsoftonline.com/{(string.IsNullOrWhiteSpace(TenantId) ? "botframework.com" : TenantId.Trim())}/oauth2/v2.0/token"
        : TokenEndpoint;

    /// <summary>Single-tenant bots also receive tokens issued by their own Entra tenant (REFERENCE.md); none without a tenant.</summary>
    public IReadOnlyList<string> TenantIssuers => string.IsNullOrWhiteSpace(TenantId)
        ? []
        : [$"https://login.microsoftonline.com/{TenantId.Trim()}/v2.0", $"https://sts.windows.net/{TenantId.Trim()}/"];

    /// <summary>Every issuer an inbound token may carry.</summary>
    public IReadOnlyList<string> ResolvedIssuers =>
        new[] { BotFrameworkIssuer }.Concat(TenantIssuers).Concat(ValidIssuers.Where(i => !string.IsNullOrWhiteSpace(i)))
            .Distinct(StringComparer.Ordinal).ToList();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsHttpUrl(OpenIdMetadataUrl))
            yield return new ValidationResult("Teams:OpenIdMetadataUrl must be an absolute http(s) URL.", [nameof(OpenIdMetadataUrl)]);
        if (!string.IsNullOrWhiteSpace(TenantOpenIdMetadataUrl) && !IsHttpUrl(TenantOpenIdMetadataUrl))
            yield return new ValidationResult("Teams:TenantOpenIdMetadataUrl must be an absolute http(s) URL.", [nameof(TenantOpenIdMetadataUrl)]);
        if (!string.IsNullOrWhiteSpace(TokenEndpoint) && !IsHttpUrl(TokenEndpoint))
            yield return new ValidationResult("Teams:TokenEndpoint must be an absolute http(s) URL.", [nameof(TokenEndpoint)]);
        if (HasCredentials && string.IsNullOrWhiteSpace(AppPassword))
            yield return new ValidationResult("Teams:AppPassword is required when Teams:AppId is set.", [nameof(AppPassword)]);
        if (!string.IsNullOrWhiteSpace(TenantId) && !Guid.TryParse(TenantId.Trim(), out _))
            yield return new ValidationResult("Teams:TenantId must be a GUID.", [nameof(TenantId)]);
        foreach (var issuer in ValidIssuers.Where(i => !string.IsNullOrWhiteSpace(i) && !IsHttpUrl(i)))
            yield return new ValidationResult($"Teams:ValidIssuers entry '{issuer}' must be an absolute URL.", [nameof(ValidIssuers)]);
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
