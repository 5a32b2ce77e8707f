namespace ResBot.Bot.Storage;

/// <summary>One digest of one subscription: at most one delivery record exists per key, which is what makes delivery exactly-once.</summary>
/// <param name="SubscriptionId">The subscription.</param>
/// <param name="LocalDate">The date in the subscription's time zone the digest belongs to.</param>
public readonly record struct DeliveryKey(long SubscriptionId, DateOnly LocalDate)
{
    public override string ToString() => $"{SubscriptionId}@{LocalDate:yyyy-MM-dd}";
}
