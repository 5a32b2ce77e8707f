namespace ResBot.Bot.Slack.Answering;

/// <summary>Which of the core's operations produced an answer.</summary>
public enum AnswerRequestKind
{
    /// <summary>A free-form question (<c>AskAsync</c>).</summary>
    Ask,

    /// <summary>Named paragraphs of one resolution in one language (<c>ShowParagraphs</c>).</summary>
    Paragraphs,

    /// <summary>A whole resolution (<c>ShowResolution</c>).</summary>
    Resolution,
}
