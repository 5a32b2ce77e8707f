using ResBot.Bot.Slack.Blocks;
using ResBot.Bot.Slack.Commands;
using ResBot.Bot.Slack.Rendering;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Slack.Answering;

/// <summary>
/// What the bot says back to a command, whichever way it came (slash command, mention, direct message, button).
/// Never throws for a failed answer: the user gets a short apology and the log gets the exception.
/// </summary>
internal sealed class SlackResponder(SlackAnswerer answerer, SlackSubscriptions subscriptions, ILogger<SlackResponder> logger)
{
    /// <summary>
    /// Help, language changes and digest subscriptions, answered at once; null for a question (see <see cref="AnswerAsync"/>).
    /// </summary>
    public async Task<SlackMessage?> TryReplyToCommandAsync(SlackOrigin origin, SlackCommand command, CancellationToken cancellationToken)
    {
        var userId = origin.UserId;
        switch (command.Kind)
        {
            case SlackCommandKind.Help:
            {
                var language = command.Language ?? await answerer.PreferredLanguageAsync(userId, cancellationToken) ?? Language.En;
                return Plain(SlackTexts.For(language).Help);
            }
            case SlackCommandKind.SetLanguage when command.Language is { } chosen:
                await answerer.SetPreferredLanguageAsync(userId, chosen, cancellationToken);
                return Plain(SlackTexts.For(chosen).LanguageSet);
            case SlackCommandKind.SetLanguage:
            {
                var language = await answerer.PreferredLanguageAsync(userId, cancellationToken) ?? Language.En;
                return Plain(SlackTexts.For(language).UnknownLanguage);
            }
            default:
                return await subscriptions.TryHandleAsync(origin, command.Text, cancellationToken);
        }
    }

    public Task<AnswerRequest> QuestionFromAsync(string userId, string text, CancellationToken cancellationToken) =>
        answerer.QuestionFromAsync(userId, text, cancellationToken);

    /// <summary>The "searching…" line, in the language the user most likely reads.</summary>
    public static SlackMessage Searching(AnswerRequest request) =>
        Plain(SlackTexts.For(SlackTexts.Guess(request.Question ?? "", request.ForcedLanguage ?? request.LocalePrior)).Searching);

    public async Task<SlackMessage> AnswerAsync(AnswerRequest request, bool shareable, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await answerer.AnswerAsync(request, cancellationToken);
            return SlackAnswerRenderer.Render(answer, new SlackRenderContext(request, shareable));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "Could not answer a Slack {Kind} request", request.Kind);
            return Plain(SlackTexts.For(SlackTexts.Guess(request.Question ?? "", request.ForcedLanguage ?? request.LocalePrior)).Failed);
        }
    }

    private static SlackMessage Plain(string markdown) =>
        new(SlackMarkdownText.ToPlain(markdown), [new SectionBlock(TextObject.Markdown(markdown))]);
}
