using System.CommandLine;
using ResBot.Bot.Storage;

namespace ResBot.Bot.Cli;

/// <summary>
/// `resbot subscriptions resume &lt;id&gt;`: the way back from a pause (a channel the bot could not post to, since fixed).
/// Pauses are per conversation, so the conversation's other subscriptions resume with it.
/// </summary>
public static class SubscriptionsCommand
{
    public static Command Create()
    {
        var subscriptions = new Command("subscriptions", "Digest subscriptions: resume a paused one.");
        var id = new Argument<long>("subscription-id") { Description = "The subscription's number, as `subscriptions` lists it in chat." };
        var resume = new Command("resume", "Resume a paused subscription (and the others of its conversation).") { id };
        resume.SetAction(async (parse, cancellationToken) =>
        {
            using var host = CliHost.Build(parse);
            var store = host.Services.GetRequiredService<ISubscriptionStore>();
            if (await store.GetSubscriptionAsync(parse.GetValue(id), cancellationToken) is not { } subscription)
            {
                await Console.Error.WriteLineAsync($"error: no subscription {parse.GetValue(id)}");
                return 1;
            }
            if (!subscription.Paused)
            {
                Console.Out.WriteLine($"Subscription {subscription.Id} is not paused.");
                return 0;
            }
            await store.SetSubscriptionsPausedAsync(subscription.Platform, subscription.ConversationId, paused: false, reason: null, cancellationToken);
            Console.Out.WriteLine($"Subscription {subscription.Id} resumed (it was paused: {subscription.PausedReason}).");
            return 0;
        });
        subscriptions.Subcommands.Add(resume);
        return subscriptions;
    }
}
