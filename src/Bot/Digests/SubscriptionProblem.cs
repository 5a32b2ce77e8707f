namespace ResBot.Bot.Digests;

/// <summary>Why a subscription command was not understood.</summary>
public enum SubscriptionProblem
{
    MissingTopic,
    BadTime,
    MissingId,
    UnknownTimeZone,
}
