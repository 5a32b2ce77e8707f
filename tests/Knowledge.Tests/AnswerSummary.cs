using ResBot.Knowledge.Answers;

namespace ResBot.Knowledge.Tests;

/// <summary>An answer as one comparable line (outcome, lead, and each clause's citation, language and text): two answers are the same when their lines are.</summary>
public static class AnswerSummary
{
    public static string Of(Answer answer) =>
        $"{answer.Outcome}|{answer.Lead}|{string.Join(";", answer.Clauses.Select(c => $"{c.Citation.Resolution} {c.Citation.Paragraph} {c.TextLanguage} {c.Text}"))}";

    /// <summary>The summaries of <paramref name="knowledge"/>'s answers to <paramref name="questions"/>, in their order.</summary>
    public static List<string> Of(KnowledgeBase knowledge, IEnumerable<string> questions)
    {
        var assistant = new ResolutionAssistant(knowledge);
        return questions.Select(q => Of(assistant.Ask(new Question(q)))).ToList();
    }
}
