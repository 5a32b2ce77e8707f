using ResBot.Bot.Slack.Answering;

namespace ResBot.Bot.Slack.Rendering;

/// <summary>Where an answer is going, which decides its buttons.</summary>
/// <param name="Request">How the answer was produced, so its buttons can produce it again (other language, share, more).</param>
/// <param name="Shareable">True when the answer is private (ephemeral) and may be shared in the channel.</param>
public sealed record SlackRenderContext(AnswerRequest Request, bool Shareable);
