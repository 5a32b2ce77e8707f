using ResBot.Bot.Feedback;
using ResBot.Bot.Slack.Blocks;
using ResBot.Bot.Slack.Interactions;
using ResBot.Bot.Slack.Commands;
using ResBot.Bot.Slack.Rendering;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Slack.Answering;

/// <summary>
/// What the bot says back to a command, whichever way it came (slash command, mention, direct message, button).
/// Never throws for a failed answer: the user gets a short apology and the log gets the exception.
/// </summary>
internal sealed class SlackResponder(SlackAnswerer answerer, SlackSubscriptions subscriptions, FeedbackRecorder feedback, ILogger<SlackResponder> logger)
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

    /// <param name="feedbackIn">
    /// The channel the answer is shown in, to put 👍/👎 under an answer to a question (remembered for the press);
    /// null for none (an answer re-shown from a button judges nothing new).
    /// </param>
    public async Task<SlackMessage> AnswerAsync(AnswerRequest request, bool shareable, CancellationToken cancellationToken, string? feedbackIn = null)
    {
        try
        {
            var answer = await answerer.AnswerAsync(request, cancellationToken);
            var message = SlackAnswerRenderer.Render(answer, new SlackRenderContext(request, shareable));
            return feedbackIn is null || request.Kind != AnswerRequestKind.Ask ? message : await InviteFeedbackAsync(message, answer, feedbackIn, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "Could not answer a Slack {Kind} request", request.Kind);
            return Plain(SlackTexts.For(SlackTexts.Guess(request.Question ?? "", request.ForcedLanguage ?? request.LocalePrior)).Failed);
        }
    }

    /// <summary>Remembered before it is sent, so a press that comes at once still finds it.</summary>
    private async Task<SlackMessage> InviteFeedbackAsync(SlackMessage message, Answer answer, string channel, CancellationToken cancellationToken)
    {
        if (!FeedbackRecorder.Invites(answer) || message.Blocks is not { Count: < SlackMessage.MaxBlocks } blocks)
            return message;
        var key = SlackFeedbackButtons.NewKey();
        await feedback.RememberAsync(answer, SlackAnswerer.Platform, channel, key, cancellationToken);
        return message with { Blocks = [.. blocks, SlackFeedbackButtons.Block(key, answer.Language)] };
    }

    private static SlackMessage Plain(string markdown) =>
        new(SlackMarkdownText.ToPlain(markdown), [new SectionBlock(TextObject.Markdown(markdown))]);
}
