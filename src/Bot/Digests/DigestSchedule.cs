using Cronos;
using ResBot.Bot.Storage;

namespace ResBot.Bot.Digests;

/// <summary>
/// When a subscription fires: every day at its local time in its IANA time zone. Cronos does the calendar work,
/// daylight saving included: a time skipped by a spring-forward change fires at the first instant after it,
/// a time repeated by a fall-back change fires once.
/// </summary>
internal static class DigestSchedule
{
    /// <summary>A digest missed by longer than this (downtime) is not sent late: it is recorded as skipped.</summary>
    public static readonly TimeSpan CatchUpWindow = TimeSpan.FromHours(24);

    /// <summary>How far back missed digests are recorded as skipped.</summary>
    public static readonly TimeSpan SkipLookback = TimeSpan.FromDays(7);

    public static bool TryFindZone(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id))
            return false;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }

    /// <summary>The date a digest belongs to: the calendar date, in the subscription's zone, of the instant it fires.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>The first firing strictly after <paramref name="after"/>.</summary>
    public static DateTimeOffset Next(Subscription subscription, TimeZoneInfo zone, DateTimeOffset after) =>
        Daily(subscription.LocalTime).GetNextOccurrence(after, zone)
        ?? throw new InvalidOperationException("A daily schedule always has a next occurrence.");

    /// <summary>
    /// What a tick at <paramref name="now"/> owes a subscription: the latest firing within the catch-up window (due),
    /// and every other firing since the subscription was created, up to a week back (missed).
    /// </summary>
    public static (Firing? Due, IReadOnlyList<Firing> Missed) Plan(Subscription subscription, TimeZoneInfo zone, DateTimeOffset now)
    {
        var from = subscription.CreatedAt > now - SkipLookback ? subscription.CreatedAt : now - SkipLookback;
        if (from > now)
            return (null, []);
        var firings = Daily(subscription.LocalTime)
            .GetOccurrences(from, now, zone, fromInclusive: true, toInclusive: true)
            .Select(at => new Firing(at, new DeliveryKey(subscription.Id, LocalDate(at, zone))))
            .ToList();
        if (firings.Count == 0)
            return (null, []);
        var latest = firings[^1];
        return latest.At > now - CatchUpWindow
            ? (latest, firings[..^1])
            : (null, firings);
    }

    private static CronExpression Daily(TimeOnly time) => CronExpression.Parse($"{time.Minute} {time.Hour} * * *");

    /// <summary>One scheduled digest: the instant it fires and the delivery it makes.</summary>
    public readonly record struct Firing(DateTimeOffset At, DeliveryKey Key);
}
