namespace ResBot.Bot.Slack.Commands;

public enum SlackCommandKind
{
    /// <summary>A question for the knowledge core.</summary>
    Ask,

    /// <summary>`help`, `aide`, `مساعدة`, or nothing at all.</summary>
    Help,

    /// <summary>`lang ar|en|fr`; without a known language, a hint listing them.</summary>
    SetLanguage,
}
