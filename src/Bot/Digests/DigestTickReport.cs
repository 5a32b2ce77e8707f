namespace ResBot.Bot.Digests;

/// <summary>What one tick did (logged, printed by `resbot digest run`, asserted by tests).</summary>
/// <param name="Now">The instant the tick ran for.</param>
/// <param name="Sent">Messages posted (one per conversation).</param>
/// <param name="Recovered">Deliveries a crash left pending after the platform answered: confirmed without sending again.</param>
/// <param name="Quiet">Deliveries with nothing new, recorded as skipped without a message.</param>
/// <param name="Missed">Digests missed by more than the catch-up window, recorded as skipped.</param>
/// <param name="Retrying">Deliveries given back after a transient failure.</param>
/// <param name="Failed">Deliveries refused for good (their subscriptions are paused) or out of retries.</param>
public sealed record DigestTickReport(DateTimeOffset Now, int Sent, int Recovered, int Quiet, int Missed, int Retrying, int Failed)
{
    public override string ToString() =>
        $"{Now:u}: {Sent} sent, {Recovered} recovered, {Quiet} quiet, {Missed} missed, {Retrying} retrying, {Failed} failed";
}
