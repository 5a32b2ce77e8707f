using ResBot.Bot.Feedback;
using ResBot.Bot.Channels.Teams.Activities;
using ResBot.Bot.Channels.Teams.Cards;
using ResBot.Bot.Channels.Teams.Connector;
using ResBot.Knowledge.Answers;
using ResBot.Bot.Conversations;

namespace ResBot.Bot.Channels.Teams.Citations;

/// <summary>
/// Sends an answer the way the conversation shows it best: in chats, Teams' AI message with citations and feedback
/// buttons (the answer is remembered by the id Teams gives the message, for the thumbs pressed on it later);
/// in channels, the card.
/// </summary>
internal sealed class AnswerReplies(IBotConnector connector, FeedbackRecorder feedback)
{
    public async Task SendAsync(Activity inbound, Answer answer, bool offerSubscription, CancellationToken cancellationToken)
    {
        if (!CitedMessages.Suit(inbound))
        {
            await connector.ReplyAsync(inbound, TeamsMessages.FromCard(AnswerCardRenderer.Render(answer, offerSubscription: offerSubscription)), cancellationToken);
            return;
        }
        var invites = FeedbackRecorder.Invites(answer);
        var sent = await connector.ReplyAsync(inbound, CitedMessageRenderer.Render(answer, offerSubscription, invites), cancellationToken);
        if (invites && sent is { Outcome: ConnectorOutcome.Sent, ActivityId: { } messageId })
            await feedback.RememberAsync(answer, Platform.Teams.Id, inbound.Conversation!.Id!, messageId, cancellationToken);
    }
}
