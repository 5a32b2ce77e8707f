namespace ResBot.Bot.Channels.Slack.WebApi;

/// <summary>
/// What the inbox worker does with a failed answer to Slack: a failure that surely sent nothing and may pass (rate
/// limited, Slack unreachable) is thrown, so the queued work is retried; so is an unknown outcome when the retry reads the
/// conversation back before posting (<see cref="ISlackApiClient.PostMessageOnceAsync"/>). Anything else is final for that
/// answer. In particular a response_url post whose outcome is unknown is never resent: Slack offers no way to ask whether
/// it arrived, and a second copy is worse than the user asking again.
/// </summary>
internal static class SlackDelivery
{
    public static void ThrowIfRetryable(SlackPostResult result, string what, bool retryChecksFirst = false)
    {
        if (result.Error is SlackApiError.RateLimited or SlackApiError.Unavailable
            || (retryChecksFirst && result.Error == SlackApiError.OutcomeUnknown))
            throw new SlackDeliveryException($"{what} failed: {result.ErrorCode ?? result.Error.ToString()}");
    }
}

/// <summary>An answer to Slack that failed and may be sent on a later attempt.</summary>
internal sealed class SlackDeliveryException(string message) : Exception(message);
