namespace ResBot.Bot.Feedback;

/// <summary>One user's feedback on one answer; a second press by the same user replaces the first.</summary>
/// <param name="Id">The store's number; 0 before it is saved.</param>
/// <param name="Answer">The answer judged, as it was sent.</param>
/// <param name="Comment">What the user wrote, if anything (Teams asks after the thumb; Slack's buttons carry none).</param>
/// <param name="At">When the feedback was given (or last changed).</param>
public sealed record FeedbackEntry(
    long Id,
    AnsweredMessage Answer,
    string UserId,
    FeedbackReaction Reaction,
    string? Comment,
    DateTimeOffset At);
