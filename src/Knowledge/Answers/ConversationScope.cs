using ResBot.Knowledge.Model;
using ResBot.Knowledge.Parsing;
using ResBot.Knowledge.Understanding;

namespace ResBot.Knowledge.Answers;

/// <summary>
/// Answers a follow-up within the resolutions of the answer before it (<see cref="Question.Scope"/>), and says so.
/// A resolution the question names, or a body the scope does not belong to, always wins over the scope.
/// </summary>
public static class ConversationScope
{
    /// <summary>The intent narrowed to <paramref name="scope"/>; null when the question names its own resolutions.</summary>
    public static QuestionIntent? Within(QuestionIntent intent, IReadOnlyList<string> scope, ResolutionCorpus corpus)
    {
        if (scope.Count == 0 || intent.Resolutions.Count > 0 || intent.UnknownResolutions.Count > 0)
            return null;
        var known = scope.Where(k => corpus.FindResolution(k) is not null).Distinct().ToList();
        if (known.Count == 0 || (intent.Body is { } body && known.Any(k => ResolutionKeys.BodyOf(k) != body)))
            return null;
        return intent with { Resolutions = known, Body = null };
    }

    /// <summary>"In 38/4: …": the answer's lead, saying which resolutions it was read against.</summary>
    public static Answer Says(Answer answer, IReadOnlyList<string> scope)
    {
        var keys = string.Join(", ", scope);
        var prefix = answer.Language switch
        {
            Language.Ar => scope.Count == 1 ? $"في القرار {keys}: " : $"في القرارات {keys}: ",
            Language.Fr => $"Dans {keys} : ",
            _ => $"In {keys}: ",
        };
        return answer with { Lead = prefix + answer.Lead };
    }
}
