namespace ResBot.Knowledge.Evaluation;

/// <summary>How one question fared.</summary>
public sealed record EvalResult(EvalQuestion Question, string AnsweredLanguage, IReadOnlyList<string> Returned)
{
    public int Correct => Returned.Count(Question.Expected.Contains);

    public bool IsExact => Correct == Question.Expected.Count && Returned.Count == Question.Expected.Count;
}
