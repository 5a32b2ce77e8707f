using System.Text.Json;
using ResBot.Bot.Teams.Activities;
using ResBot.Bot.Teams.Cards;
using ResBot.Bot.Teams.Conversation;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Teams.Handlers;

/// <summary>
/// An Action.Execute press (`adaptiveCard/action` invoke, Universal Actions): the requested view replaces the
/// card, in the HTTP response.
/// </summary>
internal sealed class AdaptiveCardActionHandler(
    CardCommandRunner commands,
    UserLanguage languages,
    TeamsSubscriptions subscriptions,
    ILogger<AdaptiveCardActionHandler> logger) : IActivityHandler
{
    public ActivityRoute Route => new(ActivityTypes.Invoke, ActivityTypes.AdaptiveCardAction);

    public async Task<TurnResult> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var value = activity.Value is { } element && element.ValueKind == JsonValueKind.Object
            ? Deserialize(element)
            : null;
        if (!CardCommand.TryRead(value?.Action?.Data, out var command))
            return Respond(400, AdaptiveCardInvokeResponse.ErrorType, new InvokeError("BadRequest", "Unknown action."));

        var fallback = await languages.PriorAsync(activity, cancellationToken) ?? Language.En;
        if (command.Command == CardCommand.Subscribe)
        {
            // The answer card stays as it was; the confirmation shows as a message.
            var language = LanguageCodes.TryParse(command.Language, out var asked) ? asked : fallback;
            var reply = await subscriptions.SubscribeAsync(activity, command.Question, language, cancellationToken);
            return reply is null
                ? Respond(400, AdaptiveCardInvokeResponse.ErrorType, new InvokeError("BadRequest", "No conversation to subscribe."))
                : Respond(200, AdaptiveCardInvokeResponse.MessageType, reply.Text);
        }
        if (command.Command == CardCommand.Show && LanguageCodes.TryParse(command.Language, out var chosen))
            await languages.ChooseAsync(activity, chosen, cancellationToken);
        try
        {
            var answer = await commands.RunAsync(command, fallback, cancellationToken);
            return answer is null
                ? Respond(400, AdaptiveCardInvokeResponse.ErrorType, new InvokeError("BadRequest", "Unknown action."))
                : Respond(200, AdaptiveCardInvokeResponse.CardType, AnswerCardRenderer.Render(answer).Card);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "A card action failed");
            return Respond(500, AdaptiveCardInvokeResponse.ErrorType, new InvokeError("InternalError", TeamsTexts.For(fallback).Sorry));
        }
    }

    /// <summary>The invoke's HTTP status is 200 whenever a response is given; its own statusCode says how it went.</summary>
    private static TurnResult Respond(int statusCode, string type, object value) =>
        new(StatusCodes.Status200OK, new AdaptiveCardInvokeResponse(statusCode, type, value));

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
