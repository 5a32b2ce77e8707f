using System.ComponentModel.DataAnnotations;

namespace ResBot.Bot.Channels.Slack;

/// <summary>`Slack:*`: the app's credentials and where its Web API lives.</summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";

    /// <summary>Signs every request Slack sends. Without it every Slack request is refused.</summary>
    public string SigningSecret { get; set; } = "";

    /// <summary>The xoxb- token of a single-workspace install; workspaces installed through OAuth use their own.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>The Web API root, overridable so tests can stand in for Slack.</summary>
    [Required]
    public string ApiBaseUrl { get; set; } = "https://slack.com/api/";

    /// <summary>Where OAuth v2 sends the installing user (a page on slack.com, not the Web API).</summary>
    [Required]
    public string AuthorizeUrl { get; set; } = "https://slack.com/oauth/v2/authorize";

    /// <summary>For distribution to several workspaces (OAuth v2); install is off while empty.</summary>
    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    /// <summary>The public callback URL registered with Slack (…/api/slack/oauth/callback); install is off without it.</summary>
    public string RedirectUrl { get; set; } = "";

    /// <summary>
    /// How long a slash command waits for its answer before acknowledging with "searching…".
    /// Slack gives 3 s; the rest is the margin for the network.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:02.500")]
    public TimeSpan AckBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a subscription command waits for the user's time zone (`users.info`) before falling back to UTC:
    /// part of the same 3 seconds as the acknowledgement.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:02.500")]
    public TimeSpan UserLookupBudget { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Requests larger than this are refused with 413 before their signature is even computed.</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Slack's replay window: a request whose timestamp is further from now is refused.</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Pending inbound work (events, commands, buttons) the queue holds before intake answers 503 so Slack retries.
    /// Counted across replicas; on PostgreSQL two replicas queueing at the same instant may pass it by one each.
    /// </summary>
    [Range(1, 10_000_000)]
    public int InboxCapacity { get; set; } = 10_000;

    /// <summary>How long a worker holds claimed work before another replica may take it over (it died, presumably).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan InboxLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many answers a replica works on at once.</summary>
    [Range(1, 256)]
    public int InboxConcurrency { get; set; } = 8;

    public bool OAuthEnabled => !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);
}
