namespace ResBot.Bot.Digests;

/// <summary>Why a subscription command was not understood.</summary>
public enum SubscriptionProblem
{
    MissingTopic,
    BadTime,
    MissingId,
    UnknownTimeZone,

    /// <summary>A topic longer than <see cref="SubscriptionCommandParser.MaxTopicLength"/>: it would not fit a digest's heading.</summary>
    TopicTooLong,
}
