using ResBot.Knowledge.Model;

namespace ResBot.Bot.Slack.Commands;

/// <summary>What a `/resbot` text, a mention or a direct message asks for.</summary>
/// <param name="Text">The question (for <see cref="SlackCommandKind.Ask"/>), trimmed and unescaped.</param>
/// <param name="Language">Help: the language of the word used; SetLanguage: the chosen language, null when unknown.</param>
public sealed record SlackCommand(SlackCommandKind Kind, string Text, Language? Language = null);
