using ResBot.Bot.Conversations;
using ResBot.Bot.Digests;
using Microsoft.Extensions.Options;
using ResBot.Bot.Storage;
using ResBot.Bot.Channels.Teams.Activities;
using ResBot.Bot.Channels.Teams.Connector;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Channels.Teams.Digests;

/// <summary>
/// Posts a digest into a stored Teams conversation as a proactive message, through the Teams channel's
/// <see cref="IBotConnector"/>: `POST {serviceUrl}/v3/conversations/{id}/activities` with the bot's token. The serviceUrl
/// is the one stored from a validated inbound activity, never one from elsewhere.
/// </summary>
internal sealed class TeamsDigestSender(IServiceProvider services) : IDigestSender
{
    public Platform Platform => Platform.Teams;

    public string? Unconfigured => services.GetService<IOptions<TeamsOptions>>()?.Value is { HasCredentials: true } teams && !string.IsNullOrWhiteSpace(teams.AppPassword)
        ? null
        : "Teams:AppId and Teams:AppPassword are not configured";

    public async Task<DeliveryResult> SendAsync(ConversationReference conversation, Digest digest, DigestAttempt attempt, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(conversation.ServiceUrl))
            return new DeliveryResult.Permanent("no serviceUrl stored for this conversation");
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Locale = digest.Language.Code(),
            Summary = DigestPlainText.Summary(digest),
            Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardType, Content = TeamsDigestCard.Render(digest) }],
        };

        // Resolved per digest: the connector is a typed HttpClient, and a singleton holding one would keep its handler
        // (and DNS answers) for the life of the process.
        var connector = services.GetRequiredService<IBotConnector>();
        var result = await connector.SendAsync(conversation, activity, cancellationToken);
        return result.Outcome switch
        {
            ConnectorOutcome.Sent => new DeliveryResult.Sent(result.ActivityId ?? result.Detail ?? "sent"),
            ConnectorOutcome.Transient => new DeliveryResult.Transient(result.RetryAfter, result.Detail ?? "transient"),
            ConnectorOutcome.Ambiguous => new DeliveryResult.Ambiguous(result.Detail ?? "no answer"),
            ConnectorOutcome.Blocked => new DeliveryResult.Permanent("MessageWritesBlocked"),
            ConnectorOutcome.NotFound => new DeliveryResult.Permanent("conversation not found (" + result.Detail + ")"),
            _ => new DeliveryResult.Permanent(result.Detail ?? "refused"),
        };
    }
}
