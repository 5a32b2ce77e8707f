namespace ResBot.Bot.Feedback;

/// <summary>A user's verdict on an answer: Teams' thumbs up/down ("like"/"dislike"), Slack's 👍/👎.</summary>
public enum FeedbackReaction
{
    Like,
    Dislike,
}
