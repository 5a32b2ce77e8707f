namespace ResBot.Bot.Channels.Teams.Authentication;

/// <summary>What a validated token vouches for.</summary>
/// <param name="ServiceUrl">The token's serviceurl claim; null when running unauthenticated.</param>
/// <param name="Endorsements">The channels the signing key may sign for; null when the key source does not endorse.</param>
internal sealed record CallerIdentity(string? ServiceUrl, IReadOnlyList<string>? Endorsements)
{
    public static readonly CallerIdentity Unauthenticated = new(null, null);

    public bool IsUnauthenticated => ReferenceEquals(this, Unauthenticated);
}
