using Microsoft.Extensions.Primitives;

namespace ResBot.Bot.Channels.Slack.Commands;

/// <summary>The fields of a slash command's form that the bot uses (the deprecated `token` is ignored: the signature replaces it).</summary>
public sealed record SlashCommand(string TeamId, string ChannelId, string UserId, string Command, string Text, Uri ResponseUrl)
{
    /// <summary>Reads the form; false when a field the bot needs is missing or unreadable (→ 400).</summary>
    public static bool TryParse(IReadOnlyDictionary<string, StringValues> form, out SlashCommand command)
    {
        command = null!;
        string? Field(string name) => form.TryGetValue(name, out var value) && value.Count == 1 ? value[0] : null;

        var teamId = Field("team_id");
        var userId = Field("user_id");
        var responseUrl = Field("response_url");
        if (string.IsNullOrWhiteSpace(teamId) || string.IsNullOrWhiteSpace(userId)
            || !Uri.TryCreate(responseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
            return false;

        command = new SlashCommand(teamId, Field("channel_id") ?? "", userId, Field("command") ?? "/resbot", Field("text") ?? "", url);
        return true;
    }
}
