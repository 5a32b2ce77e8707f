namespace ResBot.Bot.Feedback;

/// <summary>What became of a thumbs press.</summary>
public enum FeedbackOutcome
{
    /// <summary>Stored with the answer it judges.</summary>
    Recorded,

    /// <summary>The message is not an answer the bot remembers (not one of its answers, or from before feedback was kept).</summary>
    UnknownAnswer,
}
