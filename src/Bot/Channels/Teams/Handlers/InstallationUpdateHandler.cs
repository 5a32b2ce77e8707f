using ResBot.Bot.Channels.Teams.Activities;
using ResBot.Bot.Channels.Teams.Cards;
using ResBot.Bot.Channels.Teams.Connector;
using ResBot.Bot.Channels.Teams.Conversation;

namespace ResBot.Bot.Channels.Teams.Handlers;

/// <summary>
/// The app was installed in or removed from a personal chat, group chat or team. Teams sends this alongside a
/// conversationUpdate; the welcome goes out here only, so a user is greeted once.
/// </summary>
internal sealed class InstallationUpdateHandler(IBotConnector connector, ConversationMemory conversations) : IActivityHandler
{
    public ActivityRoute Route => new(ActivityTypes.InstallationUpdate);

    public async Task<TurnResult> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        switch (activity.Action)
        {
            case "add":
                await conversations.RememberAsync(activity, cancellationToken);
                if (activity.Conversation?.ConversationType == ConversationAccount.Personal)
                {
                    var welcome = WelcomeCardRenderer.Render(TeamsTurns.LanguageOf(activity.Locale));
                    await connector.ReplyAsync(activity, TeamsMessages.FromCard(welcome), cancellationToken);
                }
                break;
            case "add-upgrade":
                await conversations.RememberAsync(activity, cancellationToken);
                break;
            case "remove":
                await conversations.ForgetAsync(activity, cancellationToken);
                break;
        }
        return TurnResult.Ok;
    }
}
