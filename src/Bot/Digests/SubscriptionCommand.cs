using ResBot.Knowledge.Model;

namespace ResBot.Bot.Digests;

/// <summary>A parsed subscription command; <see cref="Language"/> is the language it was typed in.</summary>
public abstract record SubscriptionCommand(Language Language)
{
    /// <summary>`subscribe &lt;topic&gt; [at HH:MM] [&lt;IANA time zone&gt;] [ar|en|fr] [always]`; absent options take the defaults.</summary>
    public sealed record Subscribe(Language Language, string Topic, TimeOnly? At, string? TimeZone, Language? DigestLanguage, bool Always) : SubscriptionCommand(Language);

    /// <summary>`subscriptions`: list this conversation's subscriptions.</summary>
    public sealed record List(Language Language) : SubscriptionCommand(Language);

    /// <summary>`unsubscribe &lt;id&gt;`.</summary>
    public sealed record Unsubscribe(Language Language, long Id) : SubscriptionCommand(Language);

    /// <summary>A subscription verb with arguments that do not parse; <see cref="Problem"/> says what is wrong.</summary>
    public sealed record Invalid(Language Language, SubscriptionProblem Problem, string? Detail = null) : SubscriptionCommand(Language);
}
