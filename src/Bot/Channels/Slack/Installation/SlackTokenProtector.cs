using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace ResBot.Bot.Channels.Slack.Installation;

/// <summary>Encrypts workspace bot tokens before they reach the store, with keys kept under `Data:Path`.</summary>
internal sealed class SlackTokenProtector(IDataProtectionProvider provider)
{
    // The purpose string isolates these ciphertexts from every other use of Data Protection in the app.
    private readonly IDataProtector _protector = provider.CreateProtector("ResBot.Slack.BotToken.v1");

    public string Protect(string token) => _protector.Protect(token);

    /// <summary>The token, or null when the ciphertext cannot be read (keys lost or rotated out).</summary>
    public string? TryUnprotect(string ciphertext)
    {
        try
        {
            return _protector.Unprotect(ciphertext);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
