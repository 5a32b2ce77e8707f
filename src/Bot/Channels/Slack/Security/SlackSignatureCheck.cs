namespace ResBot.Bot.Channels.Slack.Security;

/// <summary>What <see cref="SlackSignatureVerifier"/> concluded about a request.</summary>
public enum SlackSignatureCheck
{
    Valid,

    /// <summary>No signing secret is configured: refuse rather than skip the check.</summary>
    NoSecretConfigured,

    /// <summary>The signature or timestamp header is absent or unreadable.</summary>
    Unsigned,

    /// <summary>The timestamp is further from now than the replay window allows.</summary>
    Stale,

    /// <summary>The signature does not match the body.</summary>
    Forged,
}
