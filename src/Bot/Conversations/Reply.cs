using ResBot.Bot.Digests;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Conversations;

/// <summary>What the bot says back to a turn, before any channel draws it as a card or blocks.</summary>
public abstract record Reply(Language Language)
{
    /// <summary>The core's answer.</summary>
    /// <param name="Again">The action that gives this answer again (a "share" or "more" button carries it).</param>
    /// <param name="OfferSubscription">The answer is to a question a digest could follow ("Subscribe to this topic").</param>
    public sealed record Answered(Answer Answer, ConversationAction Again, bool OfferSubscription) : Reply(Answer.Language)
    {
        /// <summary>The first clause to show: a "more" press continues where the last message stopped.</summary>
        public int Skip => Math.Max(0, Again.Skip);
    }

    /// <summary>What ResBot can do, in <paramref name="Language"/>.</summary>
    public sealed record Help(Language Language) : Reply(Language);

    /// <summary>A short line of the conversation's own ("I will answer you in French from now on").</summary>
    public sealed record Notice(string Markdown, Language Language) : Reply(Language);

    /// <summary>What a digest subscription command did.</summary>
    public sealed record Subscription(SubscriptionReply Result) : Reply(Result.Language);

    /// <summary>Something failed while answering: the user hears so, the log has why.</summary>
    public sealed record Failed(Language Language) : Reply(Language);

    /// <summary>The turn cannot be carried out (an action that is not ours, nowhere to subscribe); <paramref name="Reason"/> is for the channel's error response.</summary>
    public sealed record Refused(string Reason, Language Language) : Reply(Language);
}
