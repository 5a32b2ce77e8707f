using ResBot.Bot.Channels.Teams.Activities;
using ResBot.Bot.Channels.Teams.Conversation;

namespace ResBot.Bot.Channels.Teams.Handlers;

/// <summary>
/// Members joined or left. When the bot itself joins, the conversation is remembered; when it leaves, forgotten.
/// Channel and team events (renames, new channels) need nothing.
/// </summary>
internal sealed class ConversationUpdateHandler(ConversationMemory conversations) : IActivityHandler
{
    public ActivityRoute Route => new(ActivityTypes.ConversationUpdate);

    public async Task<TurnResult> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var botId = activity.Recipient?.Id;
        if (botId is null)
            return TurnResult.Ok;
        if (activity.MembersAdded?.Any(m => m.Id == botId) == true)
            await conversations.RememberAsync(activity, cancellationToken);
        else if (activity.MembersRemoved?.Any(m => m.Id == botId) == true)
            await conversations.ForgetAsync(activity, cancellationToken);
        return TurnResult.Ok;
    }
}
