using ResBot.Bot.Digests;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Conversations;

/// <summary>What a turn asks for, as <see cref="TurnReader"/> read it.</summary>
public abstract record TurnIntent
{
    private TurnIntent()
    {
    }

    /// <summary>A button was pressed.</summary>
    public sealed record Press(ConversationAction Action) : TurnIntent;

    /// <summary>"help", "aide", "مساعدة" (in that language), or nothing at all (<paramref name="Language"/> null: the user's).</summary>
    public sealed record Help(Language? Language) : TurnIntent;

    /// <summary>"lang fr": <paramref name="Language"/> null when the language named is not one ResBot speaks.</summary>
    public sealed record ChooseLanguage(Language? Language) : TurnIntent;

    /// <summary>A digest subscription command ("subscribe cybersecurity", "اشتراكاتي", "désabonner 3").</summary>
    public sealed record Subscription(SubscriptionCommand Command) : TurnIntent;

    /// <summary>Anything else: a question for the core, perhaps a follow-up of the last answer.</summary>
    public sealed record Ask(string Text) : TurnIntent;
}
