using ResBot.Bot.Digests;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Channels.Teams.Cards;

/// <summary>A subscription confirmation, list or correction as a small card: one line per text block, right to left in Arabic.</summary>
internal static class SubscriptionCardRenderer
{
    public static CardReply Render(SubscriptionReply reply)
    {
        var lines = reply.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var card = new AdaptiveCard
        {
            Rtl = reply.Language.IsRightToLeft() ? true : null,
            Lang = reply.Language.Code(),
            Body = lines.Select((line, i) => (AdaptiveElement)new AdaptiveTextBlock(line) { Spacing = i == 0 ? null : "Small" }).ToList(),
            FallbackText = reply.Text,
        };
        var summary = lines.FirstOrDefault() ?? "";
        return new CardReply(card, summary.Length > 500 ? summary[..500] + "…" : summary);
    }
}
