using System.Text.Json;
using ResBot.Bot.Feedback;
using ResBot.Bot.Channels.Teams.Activities;
using ResBot.Bot.Channels.Teams.Connector;
using ResBot.Bot.Channels.Teams.Handlers;
using ResBot.Bot.Conversations;

namespace ResBot.Bot.Channels.Teams.Citations;

/// <summary>
/// A thumbs up/down (with its optional comment) pressed under an answer: a `message/submitAction` invoke whose
/// replyToId is the answer's activity id. Stored with the answer remembered under that id; answered 200 in the
/// HTTP response, or 500 when the store failed so Teams tells the user it did not go through.
/// </summary>
internal sealed class FeedbackInvokeHandler(FeedbackRecorder feedback, ILogger<FeedbackInvokeHandler> logger) : IActivityHandler
{
    public ActivityRoute Route => new(ActivityTypes.Invoke, ActivityTypes.MessageSubmitAction);

    public async Task<TurnResult> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var value = Read(activity.Value);
        if (value?.ActionName != SubmitActionValue.Feedback)
            return new TurnResult(StatusCodes.Status400BadRequest);
        if (!FeedbackReactions.TryParse(value.ActionValue?.Reaction, out var reaction) || UserId(activity) is not { } userId)
            return new TurnResult(StatusCodes.Status400BadRequest);
        if (string.IsNullOrEmpty(activity.ReplyToId))
        {
            // Teams names the answer in replyToId; without it the feedback cannot be tied to a question, and guessing
            // (the last answer in the chat) could file it under the wrong one. Agents Playground 0.2.28 sends none.
            logger.LogWarning("Teams feedback without replyToId in conversation {Conversation}: not stored", activity.Conversation?.Id);
            return new TurnResult(StatusCodes.Status400BadRequest);
        }
        try
        {
            await feedback.RecordAsync(Platform.Teams.Id, activity.Conversation!.Id!, activity.ReplyToId, userId, reaction,
                Comment(value.ActionValue!.Feedback), cancellationToken);
            return TurnResult.Ok;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Could not store Teams feedback on {MessageId}", activity.ReplyToId);
            return new TurnResult(StatusCodes.Status500InternalServerError);
        }
    }

    /// <summary>The Entra object id, stable across the user's chats (as for language preferences); else the channel account id.</summary>
    private static string? UserId(Activity activity) => activity.From?.AadObjectId ?? activity.From?.Id;

    /// <summary>Teams sends the dialog's answer as a JSON string, `"{\"feedbackText\":\"…\"}"`; the text itself if it is not JSON.</summary>
    internal static string? Comment(JsonElement? feedback)
    {
        switch (feedback?.ValueKind)
        {
            case JsonValueKind.Object:
                return FeedbackText(feedback.Value);
            case JsonValueKind.String:
                var text = feedback.Value.GetString();
                if (string.IsNullOrWhiteSpace(text))
                    return null;
                try
                {
                    using var json = JsonDocument.Parse(text);
                    return json.RootElement.ValueKind == JsonValueKind.Object ? FeedbackText(json.RootElement) : text;
                }
                catch (JsonException)
                {
                    return text;
                }
            default:
                return null;
        }
    }

    private static string? FeedbackText(JsonElement value) =>
        value.TryGetProperty("feedbackText", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null;

    private static SubmitActionValue? Read(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } element)
            return null;
        try
        {
            return element.Deserialize<SubmitActionValue>();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
