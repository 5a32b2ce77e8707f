using ResBot.Bot.Storage;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Slack.Answering;

/// <summary>Turns an <see cref="AnswerRequest"/> into the core's answer; Slack adds nothing but the user's language.</summary>
internal sealed class SlackAnswerer(IResolutionAssistant assistant, IBotStore store)
{
    public const string Platform = "slack";

    public Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        var language = request.ForcedLanguage ?? Language.En;
        return request.Kind switch
        {
            AnswerRequestKind.Paragraphs => Task.FromResult(assistant.ShowParagraphs(request.Resolution!, request.Paragraphs!, language)),
            AnswerRequestKind.Resolution => Task.FromResult(assistant.ShowResolution(request.Resolution!, language)),
            _ => assistant.AskAsync(new Question(request.Question!, request.LocalePrior, request.ForcedLanguage), cancellationToken),
        };
    }

    /// <summary>
    /// A new question from a user. The language they chose with `/resbot lang` is a prior, not a command: the core
    /// reads the question in the language it is written in, and the preference decides whenever the text does not
    /// (a bare "38/4 ¶5", a mixed question).
    /// </summary>
    public async Task<AnswerRequest> QuestionFromAsync(string userId, string text, CancellationToken cancellationToken) =>
        AnswerRequest.Ask(text, await PreferredLanguageAsync(userId, cancellationToken));

    public Task<Language?> PreferredLanguageAsync(string userId, CancellationToken cancellationToken) =>
        store.GetUserLanguageAsync(Platform, userId, cancellationToken);

    public Task SetPreferredLanguageAsync(string userId, Language language, CancellationToken cancellationToken) =>
        store.SetUserLanguageAsync(Platform, userId, language, cancellationToken);
}
