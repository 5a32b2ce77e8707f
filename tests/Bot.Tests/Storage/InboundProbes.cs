using ResBot.Bot.Storage;

namespace ResBot.Bot.Tests.Storage;

/// <summary>The inbound queue as the tests use it: one item at a time, and whether an idempotency key is recorded.</summary>
internal static class InboundProbes
{
    public static async Task<InboundEnqueueResult> EnqueueAsync(this IBotStore store, string kind, string payload, string? key, int capacity, DateTimeOffset now) =>
        (await store.TryEnqueueInboundAsync([new InboundItem(kind, payload, key)], capacity, now)).Result;

    /// <summary>True when <paramref name="key"/> was recorded. Writes nothing: with no capacity, anything new is refused as full.</summary>
    public static async Task<bool> IsRecordedAsync(this IBotStore store, string key) =>
        (await store.TryEnqueueInboundAsync([new InboundItem("probe", "{}", key)], capacity: 0, DateTimeOffset.UtcNow)).Result == InboundEnqueueResult.Duplicate;
}
