using System.Text.Json;
using ResBot.Bot.Conversations;
using ResBot.Bot.Channels.Slack.Delivery;
using ResBot.Bot.Channels.Slack.WebApi;
using ResBot.Bot.Storage;

namespace ResBot.Bot.Channels.Slack.Assistant;

/// <summary>
/// A new assistant thread (queued from `assistant_thread_started`, de-duplicated by event id like every event):
/// three example questions as suggested prompts, in the user's language when ResBot knows it (`/resbot lang`),
/// else one in each of Arabic, English and French.
/// </summary>
internal sealed class SlackAssistantHandler(SlackAssistantApi assistant, UserPreferences preferences) : ISlackInboundHandler
{
    public const string AssistantKind = "slack.assistant";

    public string Kind => AssistantKind;

    public async Task HandleAsync(InboundWork work, CancellationToken cancellationToken)
    {
        var thread = JsonSerializer.Deserialize<SlackAssistantThreadWork>(work.Payload, SlackJson.Options)
                     ?? throw new InvalidOperationException("empty Slack assistant payload");
        var language = await preferences.LanguageAsync(Platform.Slack, thread.User, cancellationToken);
        var texts = SlackAssistantTexts.For(language ?? Knowledge.Model.Language.En);
        var prompts = language is null ? SlackAssistantTexts.OnePerLanguage() : texts.Prompts;
        // A failure (the workspace revoked assistant:write, Slack unreachable) is logged by the client; the thread
        // works without prompts, so it is not retried.
        await assistant.SetSuggestedPromptsAsync(thread.TeamId, thread.Channel, thread.ThreadTs, texts.PromptsTitle, prompts, cancellationToken);
    }
}
