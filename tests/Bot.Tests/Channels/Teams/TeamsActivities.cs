using System.Text.Json.Nodes;

namespace ResBot.Bot.Tests.Channels.Teams;

/// <summary>Activities shaped like the ones Teams sends (Bot Framework activity schema, Teams channel data).</summary>
public static class TeamsActivities
{
    public const string BotId = "28:11111111-2222-3333-4444-555555555555";
    public const string BotName = "ResBot";
    public const string UserId = "29:1user-teams-id";
    public const string UserAadId = "aad-user-object-id";
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    /// <summary>A fresh conversation id per test, shaped like Teams' (characters that must be URL-encoded included).</summary>
    public static string NewPersonalConversation() => $"a:1{Guid.NewGuid():N}";

    public static string NewChannelConversation() => $"19:{Guid.NewGuid():N}@thread.tacv2;messageid=1700000000001";

    public static JsonObject Message(string serviceUrl, string conversationId, string text, string locale = "en-US", string conversationType = "personal")
    {
        var activity = Base("message", serviceUrl, conversationId, locale, conversationType);
        activity["text"] = text;
        activity["textFormat"] = "plain";
        return activity;
    }

    /// <summary>A channel message that @mentions the bot, as Teams delivers it.</summary>
    public static JsonObject ChannelMention(string serviceUrl, string conversationId, string question, string locale = "en-US")
    {
        var activity = Message(serviceUrl, conversationId, $"<at>{BotName}</at> {question}", locale, "channel");
        activity["entities"] = new JsonArray(
            new JsonObject
            {
                ["type"] = "mention",
                ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
                ["text"] = $"<at>{BotName}</at>",
            },
            new JsonObject { ["type"] = "clientInfo", ["locale"] = locale, ["platform"] = "Web" });
        return activity;
    }

    /// <summary>An Action.Submit press: a message with the button's data as value and no text.</summary>
    public static JsonObject Submit(string serviceUrl, string conversationId, JsonNode value, string locale = "en-US")
    {
        var activity = Base("message", serviceUrl, conversationId, locale, "personal");
        activity["value"] = value;
        return activity;
    }

    public static JsonObject Invoke(string serviceUrl, string conversationId, string name, JsonNode value, string locale = "en-US")
    {
        var activity = Base("invoke", serviceUrl, conversationId, locale, "personal");
        activity["name"] = name;
        activity["value"] = value;
        return activity;
    }

    public static JsonObject InstallationUpdate(string serviceUrl, string conversationId, string action, string locale = "en-US", string conversationType = "personal")
    {
        var activity = Base("installationUpdate", serviceUrl, conversationId, locale, conversationType);
        activity["action"] = action;
        return activity;
    }

    public static JsonObject Base(string type, string serviceUrl, string conversationId, string locale, string conversationType) => new()
    {
        ["type"] = type,
        ["id"] = "f:" + Guid.NewGuid().ToString("N")[..12],
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["localTimezone"] = "Asia/Riyadh",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Amina Test", ["aadObjectId"] = UserAadId },
        ["conversation"] = new JsonObject
        {
            ["conversationType"] = conversationType,
            ["tenantId"] = TenantId,
            ["id"] = conversationId,
            ["isGroup"] = conversationType != "personal",
        },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["locale"] = locale,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    };
}
