namespace ResBot.Bot.Channels.Teams.Activities;

/// <summary>The activity types and invoke names ResBot handles (Bot Framework activity schema, Teams invokes).</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string Typing = "typing";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";

    public const string ComposeExtensionQuery = "composeExtension/query";
    public const string AdaptiveCardAction = "adaptiveCard/action";

    /// <summary>A press of the thumbs up/down Teams shows under a message sent with feedbackLoopEnabled.</summary>
    public const string MessageSubmitAction = "message/submitAction";
}
