using Microsoft.Extensions.Options;
using ResBot.Bot.Digests;
using ResBot.Bot.Slack.Blocks;
using ResBot.Bot.Slack.Rendering;
using ResBot.Bot.Slack.WebApi;
using ResBot.Bot.Storage;

namespace ResBot.Bot.Slack.Answering;

/// <summary>
/// Hands digest subscription commands to <see cref="SubscriptionCommands"/> and remembers the conversation,
/// so the digest runner can post there later.
/// </summary>
internal sealed class SlackSubscriptions(SubscriptionCommands commands, IBotStore store, ISlackApiClient slack, IOptions<SlackOptions> options)
{
    /// <summary>The reply, or null when <paramref name="text"/> is not a subscription command.</summary>
    public async Task<SlackMessage?> TryHandleAsync(SlackOrigin origin, string text, CancellationToken cancellationToken)
    {
        var command = SubscriptionCommandParser.Parse(text);
        if (command is null)
            return null;

        // Only a subscription needs the user's time zone (its default), and it costs a Web API call.
        string? timeZone = null;
        if (command is SubscriptionCommand.Subscribe)
        {
            timeZone = await UserTimeZoneAsync(origin, cancellationToken);
            await RememberConversationAsync(origin, timeZone, cancellationToken);
        }

        var reply = await commands.RunAsync(
            new SubscriptionRequest(SlackAnswerer.Platform, origin.ChannelId, origin.UserId, text, timeZone), command, cancellationToken);
        var sections = TextSplitter.SplitEscaped(reply.Text, SectionBlock.MaxTextLength)
            .Take(SlackMessage.MaxBlocks)
            .Select(piece => (Block)new SectionBlock(TextObject.Markdown(piece)))
            .ToList();
        // The reply quotes the user's topic: escaped here too, so "<!channel>" notifies nobody.
        return new SlackMessage(TextSplitter.Truncate(SlackMarkdown.Escape(reply.Text), 2_000), sections);
    }

    /// <summary>
    /// The user's time zone if Slack says so quickly: a slash command is acknowledged within 3 seconds, and the
    /// subscription falls back to the conversation's zone (else UTC) when it is not known.
    /// </summary>
    private async Task<string?> UserTimeZoneAsync(SlackOrigin origin, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Value.UserLookupBudget);
        try
        {
            return await slack.GetUserTimeZoneAsync(origin.TeamId, origin.UserId, deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>
    /// Digests go to the conversation the subscription was made in, with the workspace's token:
    /// the reference keeps the team id, and a conversation spoken in again is active again.
    /// </summary>
    private async Task RememberConversationAsync(SlackOrigin origin, string? timeZone, CancellationToken cancellationToken)
    {
        var known = await store.GetConversationAsync(SlackAnswerer.Platform, origin.ChannelId, cancellationToken);
        var reference = known is null
            ? new ConversationReference(SlackAnswerer.Platform, origin.ChannelId, null, origin.TeamId, null, null, timeZone)
            : known with { TenantId = origin.TeamId ?? known.TenantId, TimeZone = timeZone ?? known.TimeZone, Active = true };
        await store.SaveConversationAsync(reference, cancellationToken);
    }
}
