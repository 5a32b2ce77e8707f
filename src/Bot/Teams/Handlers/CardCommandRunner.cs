using ResBot.Bot.Teams.Cards;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Teams.Handlers;

/// <summary>
/// Carries out a button press, whether it came as Action.Submit (a message with a value) or Action.Execute (an
/// invoke). The data came back from the client, so every key is checked by the core, which answers Invalid or
/// NotFound rather than inventing a citation.
/// </summary>
internal sealed class CardCommandRunner(IResolutionAssistant assistant)
{
    private const int MaxGroups = 20;
    private const int MaxParagraphsPerGroup = 200;

    /// <summary>The answer the command asks for; null when the command is not one ResBot knows.</summary>
    public async Task<Answer?> RunAsync(CardCommand command, Language fallbackLanguage, CancellationToken cancellationToken)
    {
        var language = LanguageCodes.TryParse(command.Language, out var chosen) ? chosen : fallbackLanguage;
        switch (command.Command)
        {
            case CardCommand.Show when command.Groups is { Count: > 0 } groups:
                var answers = groups.Take(MaxGroups)
                    .Where(g => g is not null && !string.IsNullOrWhiteSpace(g.Resolution) && g.Paragraphs is { Count: > 0 })
                    .Select(g => assistant.ShowParagraphs(g.Resolution, g.Paragraphs.OfType<string>().Take(MaxParagraphsPerGroup).ToList(), language))
                    .ToList();
                return answers.Count == 0 ? null : Merge(answers);
            case CardCommand.Resolution when !string.IsNullOrWhiteSpace(command.ResolutionKey):
                return assistant.ShowResolution(command.ResolutionKey, language);
            case CardCommand.Ask when !string.IsNullOrWhiteSpace(command.Question):
                return await assistant.AskAsync(new Question(command.Question, LocalePrior: fallbackLanguage), cancellationToken);
            default:
                return null;
        }
    }

    /// <summary>Clauses from several resolutions on one card: the first lead, all clauses in order.</summary>
    private static Answer Merge(IReadOnlyList<Answer> answers)
    {
        if (answers.Count == 1)
            return answers[0];
        var found = answers.Where(a => a.Outcome == AnswerOutcome.Found).ToList();
        if (found.Count == 0)
            return answers[0];
        return found[0] with
        {
            Clauses = found.SelectMany(a => a.Clauses).ToList(),
            Notes = found.SelectMany(a => a.Notes).Distinct().ToList(),
            Resolutions = found.SelectMany(a => a.Resolutions).Distinct().ToList(),
        };
    }
}
