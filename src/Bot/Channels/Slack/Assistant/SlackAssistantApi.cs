using System.Text.Json.Serialization;
using ResBot.Bot.Channels.Slack.WebApi;

namespace ResBot.Bot.Channels.Slack.Assistant;

/// <summary>
/// Slack's `assistant.threads.*` methods (bot token; `assistant:write`, and `chat:write` is accepted for setStatus).
/// They decorate an answer: a failure is logged by the client and never stops the answer itself.
/// </summary>
internal sealed class SlackAssistantApi(ISlackApiClient slack)
{
    /// <summary>Slack allows 1 to 4 suggested prompts.</summary>
    public const int MaxPrompts = 4;

    /// <summary>"ResBot is searching the resolutions…" under the thread until the answer is posted (Slack clears it then, or after two minutes).</summary>
    public Task<SlackPostResult> SetStatusAsync(string? teamId, string channel, string threadTs, string status, IReadOnlyList<string>? loadingMessages, CancellationToken cancellationToken) =>
        slack.CallMethodAsync(teamId, "assistant.threads.setStatus", new SetStatus(channel, threadTs, status, loadingMessages), cancellationToken);

    public Task<SlackPostResult> SetSuggestedPromptsAsync(string? teamId, string channel, string threadTs, string? title, IReadOnlyList<SlackAssistantPrompt> prompts, CancellationToken cancellationToken) =>
        slack.CallMethodAsync(teamId, "assistant.threads.setSuggestedPrompts",
            new SetSuggestedPrompts(channel, threadTs, title, prompts.Take(MaxPrompts).ToList()), cancellationToken);

    public Task<SlackPostResult> SetTitleAsync(string? teamId, string channel, string threadTs, string title, CancellationToken cancellationToken) =>
        slack.CallMethodAsync(teamId, "assistant.threads.setTitle", new SetTitle(channel, threadTs, title), cancellationToken);

    private sealed record SetStatus(
        [property: JsonPropertyName("channel_id")] string ChannelId,
        [property: JsonPropertyName("thread_ts")] string ThreadTs,
        [property: JsonPropertyName("status")] string Status,
        [property: JsonPropertyName("loading_messages")] IReadOnlyList<string>? LoadingMessages);

    private sealed record SetSuggestedPrompts(
        [property: JsonPropertyName("channel_id")] string ChannelId,
        [property: JsonPropertyName("thread_ts")] string ThreadTs,
        [property: JsonPropertyName("title")] string? Title,
        [property: JsonPropertyName("prompts")] IReadOnlyList<SlackAssistantPrompt> Prompts);

    private sealed record SetTitle(
        [property: JsonPropertyName("channel_id")] string ChannelId,
        [property: JsonPropertyName("thread_ts")] string ThreadTs,
        [property: JsonPropertyName("title")] string Title);
}
