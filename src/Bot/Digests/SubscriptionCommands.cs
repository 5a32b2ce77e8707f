using ResBot.Bot.Storage;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Digests;

/// <summary>
/// Subscribe, list and unsubscribe from any channel: Teams and Slack hand over the text and post the reply.
/// Defaults: 08:00, the user's time zone where the channel knows it (else the conversation's, else UTC),
/// the language the command was typed in.
/// </summary>
public sealed class SubscriptionCommands(ISubscriptionStore subscriptionStore, IConversationStore conversations, TimeProvider time, IServiceProvider services)
{
    public static readonly TimeOnly DefaultTime = new(8, 0);

    /// <summary>The reply, or null when the text is not a subscription command (answer it as a question).</summary>
    public async Task<SubscriptionReply?> HandleAsync(SubscriptionRequest request, CancellationToken cancellationToken = default) =>
        SubscriptionCommandParser.Parse(request.Text) is { } command ? await RunAsync(request, command, cancellationToken) : null;

    /// <summary>
    /// Carries out a command a channel already holds: parsed from <see cref="SubscriptionRequest.Text"/>, or built from a
    /// button (Teams' "Subscribe to this topic", whose topic is a question and must not be read for options).
    /// </summary>
    public async Task<SubscriptionReply> RunAsync(SubscriptionRequest request, SubscriptionCommand command, CancellationToken cancellationToken = default) =>
        command switch
        {
            SubscriptionCommand.Subscribe subscribe => await SubscribeAsync(request, subscribe, cancellationToken),
            SubscriptionCommand.List list => await ListAsync(request, list.Language, cancellationToken),
            SubscriptionCommand.Unsubscribe unsubscribe => await UnsubscribeAsync(request, unsubscribe, cancellationToken),
            SubscriptionCommand.Invalid invalid => new SubscriptionReply(SubscriptionTexts.Problem(invalid.Problem, invalid.Detail, invalid.Language), invalid.Language, [], false),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command, "Not a subscription command."),
        };

    private async Task<SubscriptionReply> SubscribeAsync(SubscriptionRequest request, SubscriptionCommand.Subscribe command, CancellationToken cancellationToken)
    {
        var zone = await DefaultZoneAsync(request, command.TimeZone, cancellationToken);
        // The corpus as it is now is what the subscriber already has: registered before the subscription exists, so that
        // whatever runs next (this host, another replica, `resbot digest run`) sees later documents as news. Cheap when
        // nothing changed since the start-up registration. A host without digests has no composer and sends none.
        if (services.GetService<DigestComposer>() is { } composer)
            await composer.RegisterCorpusAsync(time.GetUtcNow(), cancellationToken);
        var now = time.GetUtcNow();
        var subscription = await subscriptionStore.AddSubscriptionAsync(new Subscription(
            0, request.Platform, request.ConversationId, command.Topic, command.At ?? DefaultTime, zone.Id,
            command.DigestLanguage ?? command.Language, command.Always, request.UserId, now), cancellationToken);
        var next = DigestSchedule.Next(subscription, zone, now);
        return new SubscriptionReply(SubscriptionTexts.Subscribed(subscription, next, zone, command.Language), command.Language, [subscription], true);
    }

    private async Task<SubscriptionReply> ListAsync(SubscriptionRequest request, Language language, CancellationToken cancellationToken)
    {
        var subscriptions = await subscriptionStore.ListSubscriptionsAsync(request.Platform, request.ConversationId, cancellationToken);
        var now = time.GetUtcNow();
        var lines = subscriptions.Select(s =>
        {
            DigestSchedule.TryFindZone(s.TimeZone, out var zone);
            return SubscriptionTexts.Line(s, DigestSchedule.Next(s, zone, now), zone, language);
        }).ToList();
        return new SubscriptionReply(SubscriptionTexts.List(lines, language), language, subscriptions, true);
    }

    private async Task<SubscriptionReply> UnsubscribeAsync(SubscriptionRequest request, SubscriptionCommand.Unsubscribe command, CancellationToken cancellationToken)
    {
        var subscription = await subscriptionStore.GetSubscriptionAsync(command.Id, cancellationToken);
        var removed = subscription is not null && await subscriptionStore.RemoveSubscriptionAsync(request.Platform, request.ConversationId, command.Id, cancellationToken);
        return removed
            ? new SubscriptionReply(SubscriptionTexts.Unsubscribed(subscription!, command.Language), command.Language, [subscription!], true)
            : new SubscriptionReply(SubscriptionTexts.NoSuchSubscription(command.Id, command.Language), command.Language, [], false);
    }

    private async Task<TimeZoneInfo> DefaultZoneAsync(SubscriptionRequest request, string? typed, CancellationToken cancellationToken)
    {
        if (DigestSchedule.TryFindZone(typed, out var zone) || DigestSchedule.TryFindZone(request.UserTimeZone, out zone))
            return zone;
        var conversation = await conversations.GetConversationAsync(request.Platform, request.ConversationId, cancellationToken);
        return DigestSchedule.TryFindZone(conversation?.TimeZone, out zone) ? zone : TimeZoneInfo.Utc;
    }
}
