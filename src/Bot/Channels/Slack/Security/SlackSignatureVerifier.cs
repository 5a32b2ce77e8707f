using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ResBot.Bot.Channels.Slack.Security;

/// <summary>
/// Slack's request signature: `v0=` + hex(HMAC-SHA256(secret, "v0:{timestamp}:{raw body}")),
/// checked over the bytes exactly as received and compared in constant time.
/// </summary>
public static class SlackSignatureVerifier
{
    private const string Version = "v0";

    public static SlackSignatureCheck Verify(
        string? signingSecret,
        string? timestampHeader,
        string? signatureHeader,
        ReadOnlySpan<byte> body,
        DateTimeOffset now,
        TimeSpan maxClockSkew)
    {
        if (string.IsNullOrEmpty(signingSecret))
            return SlackSignatureCheck.NoSecretConfigured;
        if (string.IsNullOrEmpty(timestampHeader) || string.IsNullOrEmpty(signatureHeader)
            || !long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return SlackSignatureCheck.Unsigned;

        // The timestamp is checked before the HMAC so a captured request cannot be replayed later,
        // even with its genuine signature.
        var sent = seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds() ? DateTimeOffset.FromUnixTimeSeconds(seconds) : DateTimeOffset.MaxValue;
        if ((now - sent).Duration() > maxClockSkew)
            return SlackSignatureCheck.Stale;

        var expected = Encoding.ASCII.GetBytes(Sign(signingSecret, timestampHeader, body));
        var actual = Encoding.ASCII.GetBytes(signatureHeader);
        return CryptographicOperations.FixedTimeEquals(expected, actual)
            ? SlackSignatureCheck.Valid
            : SlackSignatureCheck.Forged;
    }

    /// <summary>The `X-Slack-Signature` value Slack would send for this body.</summary>
    public static string Sign(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.ASCII.GetBytes($"{Version}:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), message);
        return $"{Version}={Convert.ToHexStringLower(mac)}";
    }
}
