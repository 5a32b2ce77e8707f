namespace ResBot.Knowledge.Answers;

public enum AnswerMode
{
    /// <summary>Clauses quoted from the corpus, nothing generated. The default and the fallback.</summary>
    Extractive,

    /// <summary>A model synthesised the answer from retrieved clauses; every citation was checked.</summary>
    Generative,
}
