using ResBot.Bot.Channels.Slack.Events;
using ResBot.Bot.Channels.Slack.Rendering;
using ResBot.Knowledge.Understanding;

namespace ResBot.Bot.Channels.Slack.Assistant;

/// <summary>
/// A question asked in an assistant thread: the thread takes the question as its title and shows "ResBot is
/// searching the resolutions…" until the answer is posted in it. Elsewhere (mentions, plain DMs) it does nothing.
/// </summary>
internal sealed class SlackAssistantThreads(SlackAssistantApi assistant)
{
    /// <summary>Thread titles are short in Slack's list of threads; ours stop at a word near this length.</summary>
    public const int MaxTitleLength = 80;

    /// <param name="question">The question as typed.</param>
    /// <param name="preferred">The user's chosen language: the question's own words decide, this only when they do not.</param>
    public async Task ShowSearchingAsync(SlackConversationMessage message, string question, Knowledge.Model.Language? preferred, CancellationToken cancellationToken)
    {
        if (!message.InAssistantThread || message.ThreadTs is not { } thread || string.IsNullOrWhiteSpace(question))
            return;
        // The status is in the language the answer will be in: the question's own.
        var texts = SlackAssistantTexts.For(LanguageDetector.Detect(question, preferred));
        await assistant.SetTitleAsync(message.TeamId, message.Channel, thread, Title(question), cancellationToken);
        await assistant.SetStatusAsync(message.TeamId, message.Channel, thread, texts.Status, [texts.Loading], cancellationToken);
    }

    public static string Title(string question) => TextSplitter.Truncate(question.ReplaceLineEndings(" ").Trim(), MaxTitleLength);
}
