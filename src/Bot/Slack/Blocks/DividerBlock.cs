namespace ResBot.Bot.Slack.Blocks;

/// <summary>A horizontal rule.</summary>
public sealed record DividerBlock : Block;
