using ResBot.Bot.Storage;

namespace ResBot.Bot.Digests;

/// <summary>When each corpus paragraph was first seen, and so whether it is news to a subscription.</summary>
internal sealed class CorpusNews(IReadOnlyDictionary<string, DateTimeOffset> firstSeen)
{
    // Everything present the first time the bot read the corpus is the baseline, never news: a fresh install
    // must not send the whole corpus as its first digest.
    private readonly DateTimeOffset _baseline = firstSeen.Count == 0 ? DateTimeOffset.MaxValue : firstSeen.Values.Min();

    public bool IsNewFor(Subscription subscription, string paragraphId) =>
        firstSeen.TryGetValue(paragraphId, out var seen) && seen > _baseline && seen > subscription.CreatedAt;
}
