using ResBot.Bot.Digests;
using ResBot.Bot.Storage;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Tests.Digests;

/// <summary>Each subscription fires at its local time in its IANA zone, across daylight-saving changes.</summary>
public sealed class DigestScheduleTests
{
    private static Subscription At(int hour, int minute, string zone, DateTimeOffset createdAt) =>
        new(7, "slack", "C1", "cybersecurity", new TimeOnly(hour, minute), zone, Language.En, false, "U1", createdAt);

    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Paris_at_eight_is_seven_utc_before_the_march_change_and_six_utc_after_it()
    {
        var subscription = At(8, 0, "Europe/Paris", Utc(3, 20, 0));

        var saturday = DigestSchedule.Next(subscription, Zone("Europe/Paris"), Utc(3, 28, 0));
        var sunday = DigestSchedule.Next(subscription, Zone("Europe/Paris"), saturday);

        Assert.Equal(Utc(3, 28, 7), saturday);
        Assert.Equal(Utc(3, 29, 6), sunday);
        Assert.Equal(TimeSpan.FromHours(23), sunday - saturday);
    }

    [Fact]
    public void A_time_skipped_by_the_spring_change_fires_once_at_the_first_instant_after_it()
    {
        // 02:30 does not exist in Paris on 29 March 2026: clocks go from 02:00 to 03:00 (01:00 UTC).
        var subscription = At(2, 30, "Europe/Paris", Utc(3, 20, 0));

        var firing = DigestSchedule.Next(subscription, Zone("Europe/Paris"), Utc(3, 28, 12));

        Assert.Equal(Utc(3, 29, 1), firing);
        Assert.Equal(Utc(3, 30, 0, 30), DigestSchedule.Next(subscription, Zone("Europe/Paris"), firing));
    }

    [Fact]
    public void A_time_repeated_by_the_autumn_change_in_new_york_fires_once()
    {
        // 01:30 happens twice in New York on 1 November 2026 (EDT, then EST).
        var subscription = At(1, 30, "America/New_York", Utc(10, 20, 0));

        var (due, missed) = DigestSchedule.Plan(subscription, Zone("America/New_York"), Utc(11, 2, 12));
        var firings = missed.Append(due!.Value).Select(f => f.At).Where(at => at >= Utc(10, 31, 0)).ToList();

        Assert.Equal([Utc(10, 31, 5, 30), Utc(11, 1, 5, 30), Utc(11, 2, 6, 30)], firings);
    }

    [Fact]
    public void New_york_at_eight_moves_from_twelve_to_thirteen_utc_on_the_november_change()
    {
        var subscription = At(8, 0, "America/New_York", Utc(10, 1, 0));

        var saturday = DigestSchedule.Next(subscription, Zone("America/New_York"), Utc(10, 31, 0));
        var sunday = DigestSchedule.Next(subscription, Zone("America/New_York"), saturday);

        Assert.Equal(Utc(10, 31, 12), saturday);
        Assert.Equal(Utc(11, 1, 13), sunday);
    }

    [Fact]
    public void The_delivery_date_is_the_local_date_even_when_utc_is_still_the_day_before()
    {
        // 07:00 in Tokyo is 22:00 UTC the previous day.
        var subscription = At(7, 0, "Asia/Tokyo", Utc(3, 1, 0));

        var (due, _) = DigestSchedule.Plan(subscription, Zone("Asia/Tokyo"), Utc(3, 9, 22, 1));

        Assert.Equal(new DateOnly(2026, 3, 10), due!.Value.Key.LocalDate);
        Assert.Equal(Utc(3, 9, 22), due.Value.At);
    }

    [Fact]
    public void After_downtime_the_latest_digest_within_a_day_is_due_and_older_ones_are_missed()
    {
        var subscription = At(8, 0, "UTC", Utc(3, 1, 0));

        var (due, missed) = DigestSchedule.Plan(subscription, TimeZoneInfo.Utc, Utc(3, 10, 7));

        Assert.Equal(new DateOnly(2026, 3, 9), due!.Value.Key.LocalDate);
        Assert.Equal(Enumerable.Range(3, 6).Select(day => new DateOnly(2026, 3, day)), missed.Select(m => m.Key.LocalDate));
    }

    [Fact]
    public void A_subscription_never_fires_for_a_time_before_it_was_created()
    {
        var subscription = At(8, 0, "UTC", Utc(3, 10, 9));

        var (due, missed) = DigestSchedule.Plan(subscription, TimeZoneInfo.Utc, Utc(3, 10, 12));

        Assert.Null(due);
        Assert.Empty(missed);
    }
}
