using ResBot.Bot.Conversations;
using ResBot.Bot.Channels.Teams.Activities;
using ResBot.Bot.Channels.Teams.Cards;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Channels.Teams.Handlers;

/// <summary>
/// A channel-neutral <see cref="Reply"/> other than an answer (answers go out through <see cref="Citations.AnswerReplies"/>)
/// as the message Teams shows; null when nothing should be said.
/// </summary>
internal static class TeamsReplies
{
    public static Activity? Message(Reply reply) => reply switch
    {
        Reply.Help help => TeamsMessages.FromCard(HelpCardRenderer.Render(help.Language)),
        Reply.Subscription subscription => TeamsMessages.FromCard(SubscriptionCardRenderer.Render(subscription.Result)),
        Reply.Notice notice => Text(notice.Markdown, notice),
        Reply.Failed failed => Text(ConversationTexts.For(failed.Language).Failed, failed),
        _ => null,
    };

    private static Activity Text(string markdown, Reply reply) => new()
    {
        Type = ActivityTypes.Message,
        Text = markdown,
        TextFormat = "markdown",
        Locale = reply.Language.Code(),
    };
}
