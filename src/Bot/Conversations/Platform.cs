namespace ResBot.Bot.Conversations;

/// <summary>
/// A channel ResBot talks on. <see cref="Id"/> is what the store keeps with conversations, preferences and
/// subscriptions ("msteams" is the Bot Framework's own channel id), so it never changes once shipped.
/// </summary>
public readonly record struct Platform(string Id)
{
    public static readonly Platform Teams = new("msteams");
    public static readonly Platform Slack = new("slack");
    public static readonly Platform Cli = new("cli");

    public override string ToString() => Id;
}
