namespace ResBot.Bot.Channels.Teams.Cards;

/// <summary>A rendered card with its plain-text summary (notifications, clients without card support).</summary>
public sealed record CardReply(AdaptiveCard Card, string Summary);
