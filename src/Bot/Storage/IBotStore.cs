namespace ResBot.Bot.Storage;

/// <summary>
/// Every role of the bot's state at once, as the SQLite (default) and PostgreSQL (several replicas) stores implement
/// them: for the storage registration and the contract tests that run against both. The app's code asks for the one
/// role it uses (<see cref="IConversationStore"/>, <see cref="ISubscriptionStore"/> …), never for this.
/// </summary>
public interface IBotStore :
    IBotDatabase,
    IConversationStore,
    IOnceRecorder,
    IInboundQueue,
    IUserPreferenceStore,
    ISlackInstallationStore,
    ISubscriptionStore,
    IDeliveryStore,
    ICorpusHistoryStore,
    IFeedbackStore,
    IConversationContextStore
{
}
