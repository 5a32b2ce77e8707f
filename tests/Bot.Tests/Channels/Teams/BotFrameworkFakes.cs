using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ResBot.Bot.Tests.Channels.Teams;

/// <summary>
/// The network edge of Teams, faked with WireMock: Bot Framework's OpenID metadata and keys (RSA keys generated
/// here, one endorsed for msteams, one not), Entra's token endpoint, and the Bot Connector capturing replies.
/// </summary>
public sealed class BotFrameworkFakes : IDisposable
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string AppPassword = "test-app-password";
    public const string Issuer = "https://api.botframework.com";
    public const string OutboundToken = "outbound-token-from-fake-entra";
    public const string EndorsedKeyId = "endorsed-key";
    public const string UnendorsedKeyId = "webchat-only-key";

    public const string TenantId = "9f3c2a1e-0000-4000-8000-00000000beef";
    public const string TenantIssuer = $"https://login.microsoftonline.com/{TenantId}/v2.0";

    private readonly Guid keysMapping = Guid.NewGuid();

    private readonly RSA endorsedRsa = RSA.Create(2048);
    private readonly RSA unendorsedRsa = RSA.Create(2048);
    private readonly RSA tenantRsa = RSA.Create(2048);
    private readonly List<JsonObject> published = [];

    public BotFrameworkFakes()
    {
        Server = WireMockServer.Start();
        EndorsedKey = new RsaSecurityKey(endorsedRsa) { KeyId = EndorsedKeyId };
        UnendorsedKey = new RsaSecurityKey(unendorsedRsa) { KeyId = UnendorsedKeyId };
        TenantKey = new RsaSecurityKey(tenantRsa) { KeyId = "tenant-key" };

        Server.Given(Request.Create().WithPath("/openid").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(new JsonObject
            {
                ["issuer"] = Issuer,
                ["authorization_endpoint"] = "https://invalid.botframework.com/v1/auth",
                ["jwks_uri"] = $"{Url}/keys",
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
            }.ToJsonString()));
        published.Add(Jwk(EndorsedKey, "msteams", "skype"));
        published.Add(Jwk(UnendorsedKey, "webchat"));
        PublishKeys();

        // A single-tenant bot's own Entra tenant: its metadata and a key without endorsements, as Entra publishes.
        Server.Given(Request.Create().WithPath("/tenant-openid").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(new JsonObject
            {
                ["issuer"] = TenantIssuer,
                ["authorization_endpoint"] = $"https://login.microsoftonline.com/{TenantId}/oauth2/v2.0/authorize",
                ["jwks_uri"] = $"{Url}/tenant-keys",
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            }.ToJsonString()));
        var tenantJwk = Jwk(TenantKey);
        tenantJwk.Remove("endorsements");
        Server.Given(Request.Create().WithPath("/tenant-keys").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json")
                .WithBody(new JsonObject { ["keys"] = new JsonArray(tenantJwk) }.ToJsonString()));
        Server.Given(Request.Create().WithPath("/token").UsingPost())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json")
                .WithBody($$"""{"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,"access_token":"{{OutboundToken}}"}"""));
        Server.Given(Request.Create().WithPath(new WireMock.Matchers.WildcardMatcher("/v3/conversations/*")).UsingPost())
            .AtPriority(100)
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("""{"id":"1700000000000"}"""));
    }

    public WireMockServer Server { get; }

    /// <summary>The fake connector's base URL, used as the activities' serviceUrl.</summary>
    public string Url => Server.Urls[0];

    public string ServiceUrl => Url + "/";

    public RsaSecurityKey EndorsedKey { get; }

    public RsaSecurityKey UnendorsedKey { get; }

    public RsaSecurityKey TenantKey { get; }

    /// <summary>Key rollover: Bot Framework starts signing with a key it has just published.</summary>
    public void Publish(RsaSecurityKey key, params string[] endorsements)
    {
        published.Add(Jwk(key, endorsements));
        PublishKeys();
    }

    private void PublishKeys() =>
        Server.Given(Request.Create().WithPath("/keys").UsingGet())
            .WithGuid(keysMapping)
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(new JsonObject
            {
                ["keys"] = new JsonArray(published.Select(k => (JsonNode)k.DeepClone()).ToArray()),
            }.ToJsonString()));

    public IReadOnlyDictionary<string, string?> Settings(string dataPath) => new Dictionary<string, string?>
    {
        ["Data:Path"] = dataPath,
        ["Teams:AppId"] = AppId,
        ["Teams:AppPassword"] = AppPassword,
        ["Teams:OpenIdMetadataUrl"] = $"{Url}/openid",
        ["Teams:TokenEndpoint"] = $"{Url}/token",
    };

    /// <summary>A Bot Connector token as Bot Framework would sign it; each test bends one part of it.</summary>
    public string Token(
        SecurityKey? key = null,
        string issuer = Issuer,
        string audience = AppId,
        DateTime? notBefore = null,
        DateTime? expires = null,
        string? serviceUrl = null,
        string? keyId = null)
    {
        var signingKey = key ?? EndorsedKey;
        if (keyId is not null && signingKey is RsaSecurityKey rsa)
            signingKey = new RsaSecurityKey(rsa.Rsa) { KeyId = keyId };
        var now = DateTime.UtcNow;
        var nbf = notBefore ?? now.AddMinutes(-1);
        var exp = expires ?? now.AddMinutes(30);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = nbf,
            IssuedAt = nbf,
            Expires = exp,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl ?? ServiceUrl, ["appid"] = "d6d49420-f39b-4df7-a1dc-d59a935871db" },
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>Connector calls for one conversation, oldest first.</summary>
    public IReadOnlyList<ILogEntry> ConnectorCalls(string conversationId) =>
        Server.LogEntries
            .Where(e => e.RequestMessage.Path.StartsWith("/v3/conversations/", StringComparison.Ordinal)
                        && Uri.UnescapeDataString(e.RequestMessage.Path).Contains("/v3/conversations/" + conversationId + "/", StringComparison.Ordinal))
            .OrderBy(e => e.RequestMessage.DateTime)
            .ToList();

    /// <summary>Message activities the bot sent into a conversation (typing indicators left out), as JSON.</summary>
    public IReadOnlyList<JsonElement> Messages(string conversationId) =>
        ConnectorCalls(conversationId)
            .Select(e => JsonDocument.Parse(e.RequestMessage.Body!).RootElement)
            .Where(a => a.GetProperty("type").GetString() == "message")
            .ToList();

    /// <summary>Replies go out within the request when the bot is quick, later when it is not: wait for them.</summary>
    public async Task<IReadOnlyList<JsonElement>> WaitForMessagesAsync(string conversationId, int count = 1, int timeoutSeconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var messages = Messages(conversationId);
            if (messages.Count >= count || DateTime.UtcNow > deadline)
                return messages;
            await Task.Delay(100);
        }
    }

    private static JsonObject Jwk(RsaSecurityKey key, params string[] endorsements)
    {
        var parameters = key.Rsa.ExportParameters(false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode)JsonValue.Create(e)!).ToArray()),
        };
    }

    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
        endorsedRsa.Dispose();
        unendorsedRsa.Dispose();
        tenantRsa.Dispose();
    }
}
