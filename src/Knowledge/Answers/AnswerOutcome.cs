namespace ResBot.Knowledge.Answers;

public enum AnswerOutcome
{
    /// <summary>Clauses answer the question.</summary>
    Found,

    /// <summary>Nothing in the corpus answers it; the answer carries no citation, only a hint.</summary>
    NotFound,

    /// <summary>The question could not be read (empty, too long, only control characters).</summary>
    Invalid,
}
