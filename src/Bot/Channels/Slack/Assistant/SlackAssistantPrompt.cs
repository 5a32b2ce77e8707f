using System.Text.Json.Serialization;

namespace ResBot.Bot.Channels.Slack.Assistant;

/// <summary>A suggested prompt: <see cref="Title"/> on the chip, <see cref="Message"/> sent as the user's message when clicked.</summary>
public sealed record SlackAssistantPrompt(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("message")] string Message);
