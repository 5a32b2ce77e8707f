namespace ResBot.Bot.Slack.Answering;

/// <summary>Who asked, as the model's per-user budget counts them: a user is unique within a workspace.</summary>
internal static class SlackUserKey
{
    public static string Of(string? teamId, string? userId) => $"slack:{teamId ?? "-"}:{userId ?? "unknown"}";
}
