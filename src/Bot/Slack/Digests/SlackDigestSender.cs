using ResBot.Bot.Digests;
using ResBot.Bot.Slack.Answering;
using ResBot.Bot.Slack.WebApi;
using ResBot.Bot.Storage;

namespace ResBot.Bot.Slack.Digests;

/// <summary>
/// Posts digests to Slack conversations with the workspace's token (the conversation's team id), and tells the
/// runner whether a failure is worth retrying or means the conversation is gone.
/// </summary>
internal sealed class SlackDigestSender(ISlackApiClient slack) : IDigestSender
{
    public string Platform => SlackAnswerer.Platform;

    public async Task<DeliveryResult> SendAsync(ConversationReference conversation, Digest digest, CancellationToken cancellationToken)
    {
        var message = SlackDigestRenderer.Render(digest);
        var result = await slack.PostMessageAsync(conversation.TenantId, conversation.ConversationId, message.Blocks, message.Text, cancellationToken: cancellationToken);
        return result.Error switch
        {
            SlackApiError.None => new DeliveryResult.Sent(result.Ts ?? ""),
            // The channel is gone, the bot was removed from it, or the app from the workspace: retrying cannot help.
            SlackApiError.ChannelNotFound or SlackApiError.NotInChannel or SlackApiError.IsArchived or SlackApiError.InvalidAuth =>
                new DeliveryResult.Permanent(result.ErrorCode ?? result.Error.ToString()),
            _ => new DeliveryResult.Transient(null, result.ErrorCode ?? result.Error.ToString()),
        };
    }
}
