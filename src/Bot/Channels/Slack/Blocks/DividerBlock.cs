namespace ResBot.Bot.Channels.Slack.Blocks;

/// <summary>A horizontal rule.</summary>
public sealed record DividerBlock : Block;
