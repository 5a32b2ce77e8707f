using ResBot.Bot.Conversations;
using ResBot.Bot.Channels.Teams.Activities;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Channels.Teams.Conversation;

/// <summary>An activity as a channel-neutral <see cref="Turn"/>: the Teams end of the conversation.</summary>
internal static class TeamsTurns
{
    public static Turn From(Activity activity) => new(
        Platform.Teams,
        UserId(activity),
        activity.Conversation?.Id ?? "",
        // A channel thread is a conversation of its own in Teams: its id carries ";messageid=".
        ThreadId: null,
        LanguageCodes.TryParse(activity.Locale, out var locale) ? locale : null,
        MentionText.Strip(activity.Text, activity.Entities, activity.Recipient?.Id),
        ConversationAction.Read(activity.Value))
    {
        Origin = activity,
    };

    /// <summary>The Entra object id is stable across the user's chats; the channel account id is the fallback.</summary>
    public static string UserId(Activity activity) => activity.From?.AadObjectId ?? activity.From?.Id ?? "unknown";

    public static Language LanguageOf(string? locale) => LanguageCodes.TryParse(locale, out var language) ? language : Language.En;
}
