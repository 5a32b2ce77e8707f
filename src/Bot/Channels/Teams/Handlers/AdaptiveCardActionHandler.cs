using System.Text.Json;
using ResBot.Bot.Conversations;
using ResBot.Bot.Channels.Teams.Activities;
using ResBot.Bot.Channels.Teams.Cards;
using ResBot.Bot.Channels.Teams.Conversation;

namespace ResBot.Bot.Channels.Teams.Handlers;

/// <summary>
/// An Action.Execute press (`adaptiveCard/action` invoke, Universal Actions): the requested view replaces the
/// card, in the HTTP response; a subscription's confirmation shows as a message and leaves the card as it was.
/// </summary>
internal sealed class AdaptiveCardActionHandler(ConversationService conversation) : IActivityHandler
{
    public ActivityRoute Route => new(ActivityTypes.Invoke, ActivityTypes.AdaptiveCardAction);

    public async Task<TurnResult> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var value = activity.Value is { } element && element.ValueKind == JsonValueKind.Object ? Deserialize(element) : null;
        if (ConversationAction.Read(value?.Action?.Data) is not { } action)
            return Error(400, "BadRequest", "Unknown action.");

        var reply = await conversation.HandleAsync(TeamsTurns.From(activity) with { Text = "", Action = action }, working: null, cancellationToken);
        return reply switch
        {
            Reply.Answered answered => Respond(200, AdaptiveCardInvokeResponse.CardType, AnswerCardRenderer.Render(answered.Answer).Card),
            Reply.Subscription subscription => Respond(200, AdaptiveCardInvokeResponse.MessageType, subscription.Result.Text),
            Reply.Failed failed => Error(500, "InternalError", ConversationTexts.For(failed.Language).Failed),
            Reply.Refused refused => Error(400, "BadRequest", refused.Reason),
            _ => Error(400, "BadRequest", "Unknown action."),
        };
    }

    /// <summary>The invoke's HTTP status is 200 whenever a response is given; its own statusCode says how it went.</summary>
    private static TurnResult Respond(int statusCode, string type, object value) =>
        new(StatusCodes.Status200OK, new AdaptiveCardInvokeResponse(statusCode, type, value));

    private static TurnResult Error(int statusCode, string code, string message) =>
        Respond(statusCode, AdaptiveCardInvokeResponse.ErrorType, new InvokeError(code, message));

    private static AdaptiveCardInvokeValue? Deserialize(JsonElement element)
    {
        try
        {
            return JsonSerializer.Deserialize<AdaptiveCardInvokeValue>(element);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
