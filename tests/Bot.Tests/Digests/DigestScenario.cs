using System.Text.Json;
using ResBot.Bot.Storage;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Tests.Digests;

/// <summary>Small helpers shared by the digest tests: conversations, subscriptions, instants, what a posted message says.</summary>
public static class DigestScenario
{
    public static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    public static Task SaveSlackChannelAsync(this IBotStore store, string channel) =>
        store.SaveConversationAsync(new ConversationReference("slack", channel, null, "T0001", "B0001", "en", "UTC"));

    public static Task SaveTeamsConversationAsync(this IBotStore store, string conversationId, string serviceUrl) =>
        store.SaveConversationAsync(new ConversationReference("msteams", conversationId, serviceUrl, "tenant-1", "28:bot", "en-US", "UTC"));

    public static Task<Subscription> SubscribeAsync(
        this IBotStore store, string platform, string conversation, string topic, DateTimeOffset createdAt,
        int hour = 8, string zone = "UTC", Language language = Language.En, bool always = false) =>
        store.AddSubscriptionAsync(new Subscription(0, platform, conversation, topic, new TimeOnly(hour, 0), zone, language, always, "U1", createdAt));

    /// <summary>Every string in a posted JSON body, joined: what a person would read, wherever the renderer put it.</summary>
    public static string AllText(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString() ?? "",
        JsonValueKind.Object => string.Join("\n", element.EnumerateObject().Select(p => AllText(p.Value))),
        JsonValueKind.Array => string.Join("\n", element.EnumerateArray().Select(AllText)),
        _ => "",
    };
}
