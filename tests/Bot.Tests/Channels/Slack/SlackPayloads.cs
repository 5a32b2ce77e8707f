using System.Text.Json;

namespace ResBot.Bot.Tests.Channels.Slack;

/// <summary>Bodies shaped like Slack's, for the three endpoints.</summary>
public static class SlackPayloads
{
    public const string Form = "application/x-www-form-urlencoded";
    public const string Json = "application/json";
    public const string TeamId = "T0001";
    public const string BotUserId = "UBOT";

    public static string SlashCommand(string text, string responseUrl, string userId = "U0001") =>
        new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = "deprecated",
            ["team_id"] = TeamId,
            ["team_domain"] = "example",
            ["channel_id"] = "C0001",
            ["channel_name"] = "general",
            ["user_id"] = userId,
            ["user_name"] = "someone",
            ["command"] = "/resbot",
            ["text"] = text,
            ["response_url"] = responseUrl,
            ["trigger_id"] = "1.2.3",
            ["api_app_id"] = "A0001",
        }).ReadAsStringAsync().GetAwaiter().GetResult();

    public static string Mention(string eventId, string text, string ts = "1700000001.000100", string? threadTs = null, string user = "U0001", string? botId = null, string? subtype = null) =>
        Callback(eventId, new Dictionary<string, object?>
        {
            ["type"] = "app_mention",
            ["user"] = user,
            ["bot_id"] = botId,
            ["subtype"] = subtype,
            ["text"] = $"<@{BotUserId}> {text}",
            ["channel"] = "C0001",
            ["ts"] = ts,
            ["thread_ts"] = threadTs,
        });

    public static string DirectMessage(string eventId, string text, string user = "U0001", string? botId = null, string? subtype = null, string? threadTs = null) =>
        Callback(eventId, new Dictionary<string, object?>
        {
            ["type"] = "message",
            ["channel_type"] = "im",
            ["user"] = user,
            ["bot_id"] = botId,
            ["subtype"] = subtype,
            ["text"] = text,
            ["channel"] = "D0001",
            ["ts"] = "1700000002.000100",
            ["thread_ts"] = threadTs,
        });

    /// <summary>`assistant_thread_started` (or, with <paramref name="type"/>, `assistant_thread_context_changed`), as Slack's reference shows it.</summary>
    public static string AssistantThread(string eventId, string threadTs, string user = "U0001", string type = "assistant_thread_started") =>
        Callback(eventId, new Dictionary<string, object?>
        {
            ["type"] = type,
            ["assistant_thread"] = new Dictionary<string, object?>
            {
                ["user_id"] = user,
                ["context"] = new { channel_id = "C0001", team_id = TeamId, enterprise_id = "E0001" },
                ["channel_id"] = "D0001",
                ["thread_ts"] = threadTs,
            },
            ["event_ts"] = "1700000003.000100",
        });

    /// <summary>A press of one of the 👍/👎 <c>feedback_buttons</c> under an answer: the pressed button's value comes back.</summary>
    public static string FeedbackPress(string value, string responseUrl, string channel = "D0001", string user = "U0001") =>
        new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["payload"] = JsonSerializer.Serialize(new
            {
                type = "block_actions",
                user = new { id = user },
                team = new { id = TeamId },
                channel = new { id = channel },
                container = new { type = "message", channel_id = channel, message_ts = "1700000000.000200" },
                response_url = responseUrl,
                actions = new[] { new { action_id = "feedback", value, type = "feedback_buttons", block_id = "f" } },
            }),
        }).ReadAsStringAsync().GetAwaiter().GetResult();

    public static string UrlVerification(string challenge) =>
        JsonSerializer.Serialize(new { token = "deprecated", challenge, type = "url_verification" });

    public static string Interaction(string actionId, string value, string responseUrl) =>
        new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["payload"] = JsonSerializer.Serialize(new
            {
                type = "block_actions",
                user = new { id = "U0001" },
                team = new { id = TeamId },
                channel = new { id = "C0001" },
                response_url = responseUrl,
                actions = new[] { new { action_id = actionId, value, type = "button", block_id = "b" } },
            }),
        }).ReadAsStringAsync().GetAwaiter().GetResult();

    /// <summary>One interaction pressing several buttons at once, as Slack sends it: one trigger_id, each action its action_ts.</summary>
    public static string Interaction(IReadOnlyList<(string ActionId, string Value)> actions, string responseUrl, string triggerId) =>
        new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["payload"] = JsonSerializer.Serialize(new
            {
                type = "block_actions",
                trigger_id = triggerId,
                user = new { id = "U0001" },
                team = new { id = TeamId },
                channel = new { id = "C0001" },
                response_url = responseUrl,
                actions = actions.Select((a, i) => new { action_id = a.ActionId, value = a.Value, type = "button", block_id = "b", action_ts = $"1700000003.00010{i}" }),
            }),
        }).ReadAsStringAsync().GetAwaiter().GetResult();

    private static string Callback(string eventId, Dictionary<string, object?> inner) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["token"] = "deprecated",
            ["team_id"] = TeamId,
            ["api_app_id"] = "A0001",
            ["type"] = "event_callback",
            ["event_id"] = eventId,
            ["event_time"] = 1700000001,
            ["event"] = inner.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value),
            ["authorizations"] = new[] { new { team_id = TeamId, user_id = BotUserId, is_bot = true } },
        });
}
