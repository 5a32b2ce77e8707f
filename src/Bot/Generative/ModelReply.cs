namespace ResBot.Bot.Generative;

/// <summary>Tokens one model call used.</summary>
internal sealed record ModelUsage(int InputTokens, int OutputTokens);

/// <summary>The outcome of one model call: the text, or why there is none (a <see cref="FallbackReason"/>).</summary>
internal sealed record ModelReply(string? Text, ModelUsage? Usage, string? FailureReason = null, Exception? Error = null)
{
    public bool Succeeded => FailureReason is null;

    public static ModelReply Failed(string reason, Exception? error = null) => new(null, null, reason, error);
}
