using ResBot.Bot.Slack.Answering;
using ResBot.Bot.Slack.Events;
using ResBot.Bot.Slack.Rendering;
using ResBot.Knowledge.Understanding;

namespace ResBot.Bot.Slack.Assistant;

/// <summary>
/// A question asked in an assistant thread: the thread takes the question as its title and shows "ResBot is
/// searching the resolutions…" until the answer is posted in it. Elsewhere (mentions, plain DMs) it does nothing.
/// </summary>
internal sealed class SlackAssistantThreads(SlackAssistantApi assistant)
{
    /// <summary>Thread titles are short in Slack's list of threads; ours stop at a word near this length.</summary>
    public const int MaxTitleLength = 80;

    public async Task ShowSearchingAsync(SlackConversationMessage message, AnswerRequest question, CancellationToken cancellationToken)
    {
        if (!message.InAssistantThread || message.ThreadTs is not { } thread || string.IsNullOrWhiteSpace(question.Question))
            return;
        // The status is in the language the answer will be in: the one asked for, else the question's own.
        var texts = SlackAssistantTexts.For(question.ForcedLanguage ?? LanguageDetector.Detect(question.Question, question.LocalePrior));
        await assistant.SetTitleAsync(message.TeamId, message.Channel, thread, Title(question.Question), cancellationToken);
        await assistant.SetStatusAsync(message.TeamId, message.Channel, thread, texts.Status, [texts.Loading], cancellationToken);
    }

    public static string Title(string question) => TextSplitter.Truncate(question.ReplaceLineEndings(" ").Trim(), MaxTitleLength);
}
