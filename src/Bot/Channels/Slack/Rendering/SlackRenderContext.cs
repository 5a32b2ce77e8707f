using ResBot.Bot.Conversations;

namespace ResBot.Bot.Channels.Slack.Rendering;

/// <summary>Where an answer is going, which decides its buttons.</summary>
/// <param name="Again">The action that gives the answer again, so its buttons can (share, more); its skip is where the message starts.</param>
/// <param name="Shareable">True when the answer is private (ephemeral) and may be shared in the channel.</param>
public sealed record SlackRenderContext(ConversationAction Again, bool Shareable);
