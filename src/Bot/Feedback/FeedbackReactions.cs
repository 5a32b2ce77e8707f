namespace ResBot.Bot.Feedback;

/// <summary>The reactions as written in the store, the exports and on the wire ("like", "dislike": Teams' own words).</summary>
public static class FeedbackReactions
{
    public const string Like = "like";
    public const string Dislike = "dislike";

    public static string Code(this FeedbackReaction reaction) => reaction == FeedbackReaction.Like ? Like : Dislike;

    public static bool TryParse(string? value, out FeedbackReaction reaction)
    {
        reaction = FeedbackReaction.Like;
        switch (value?.Trim().ToLowerInvariant())
        {
            case Like:
                return true;
            case Dislike:
                reaction = FeedbackReaction.Dislike;
                return true;
            default:
                return false;
        }
    }
}
