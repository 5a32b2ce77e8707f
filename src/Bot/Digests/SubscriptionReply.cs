using ResBot.Bot.Storage;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Digests;

/// <summary>The answer to a subscription command: a text in the user's language, ready to post.</summary>
/// <param name="Text">Confirmation, list, or what went wrong and how to write it.</param>
/// <param name="Language">The language of <paramref name="Text"/>.</param>
/// <param name="Subscriptions">The subscriptions the command created or listed (for a channel that wants buttons).</param>
/// <param name="Succeeded">False when nothing changed because the command was wrong.</param>
public sealed record SubscriptionReply(string Text, Language Language, IReadOnlyList<Subscription> Subscriptions, bool Succeeded);
