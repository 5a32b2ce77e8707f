using System.Net.Http.Headers;
using System.Text;
using ResBot.Bot.Channels.Slack.Security;

namespace ResBot.Bot.Tests.Channels.Slack;

/// <summary>Builds requests as Slack sends them: signed with the app's secret, or deliberately not.</summary>
public static class SlackSigner
{
    public const string Secret = "test-signing-secret-0123456789abcdef";

    public static HttpRequestMessage Signed(string path, string body, string contentType, DateTimeOffset? at = null, string secret = Secret)
    {
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString();
        var request = Unsigned(path, body, contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", SlackSignatureVerifier.Sign(secret, timestamp, Encoding.UTF8.GetBytes(body)));
        return request;
    }

    public static HttpRequestMessage Unsigned(string path, string body, string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
    }

    /// <summary>Signed correctly, then the body altered in transit.</summary>
    public static HttpRequestMessage Forged(string path, string body, string contentType)
    {
        var request = Signed(path, body, contentType);
        var tampered = new ByteArrayContent(Encoding.UTF8.GetBytes(body + "&x=1"));
        tampered.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Content = tampered;
        return request;
    }

    /// <summary>A genuine request captured and sent again ten minutes later.</summary>
    public static HttpRequestMessage Replayed(string path, string body, string contentType) =>
        Signed(path, body, contentType, DateTimeOffset.UtcNow.AddMinutes(-10));
}
