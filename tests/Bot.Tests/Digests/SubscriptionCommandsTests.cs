using Microsoft.Extensions.Time.Testing;
using ResBot.Bot.Digests;
using ResBot.Bot.Storage;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Tests.Digests;

/// <summary>Subscribe, list and unsubscribe end to end on a real SQLite store, in the three languages.</summary>
public sealed class SubscriptionCommandsTests : IAsyncLifetime
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("resbot-subscriptions-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 28, 10, 0, 0, TimeSpan.Zero));
    private SqliteBotStore _store = null!;
    private SubscriptionCommands _commands = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteBotStore(_dataFolder);
        await _store.InitializeAsync();
        _commands = new SubscriptionCommands(_store, _store, _time, Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(new Microsoft.Extensions.DependencyInjection.ServiceCollection()));
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }

    private Task<SubscriptionReply?> Say(string text, string conversation = "C1", string? userTimeZone = null) =>
        _commands.HandleAsync(new SubscriptionRequest("slack", conversation, "U1", text, userTimeZone));

    [Fact]
    public async Task Subscribing_in_english_confirms_and_names_the_next_delivery_in_the_subscription_zone()
    {
        var reply = await Say("subscribe cybersecurity at 08:00 Europe/Paris");

        Assert.True(reply!.Succeeded);
        var subscription = Assert.Single(reply.Subscriptions);
        Assert.Equal(subscription, await _store.GetSubscriptionAsync(subscription.Id));
        Assert.Equal(("cybersecurity", new TimeOnly(8, 0), "Europe/Paris", Language.En), (subscription.Topic, subscription.LocalTime, subscription.TimeZone, subscription.Language));
        // 10:00 UTC on Saturday 28 March is 11:00 in Paris: next is Sunday 29, after the change to summer time.
        Assert.Contains("Next digest: Sunday 29 March 2026, 08:00 (Europe/Paris)", reply.Text);
        Assert.Contains($"unsubscribe {subscription.Id}", reply.Text);
    }

    [Fact]
    public async Task Subscribing_in_french_answers_in_french_and_defaults_to_the_user_time_zone()
    {
        var reply = await Say("abonner Fonds de solidarité numérique toujours", userTimeZone: "Africa/Dakar");

        var subscription = Assert.Single(reply!.Subscriptions);
        Assert.Equal(("Africa/Dakar", Language.Fr, true, new TimeOnly(8, 0)), (subscription.TimeZone, subscription.Language, subscription.Always, subscription.LocalTime));
        Assert.Contains("Prochain résumé : dimanche 29 mars 2026, 08:00 (Africa/Dakar)", reply.Text);
        Assert.Equal(Language.Fr, reply.Language);
    }

    [Fact]
    public async Task Subscribing_in_arabic_answers_in_arabic_with_utc_when_no_zone_is_known()
    {
        var reply = await Say("اشترك الإعلام الساعة ٠٧:٠٠");

        var subscription = Assert.Single(reply!.Subscriptions);
        Assert.Equal(("الإعلام", "UTC", Language.Ar), (subscription.Topic, subscription.TimeZone, subscription.Language));
        Assert.StartsWith("تم الاشتراك", reply.Text);
        Assert.Contains("(UTC)", reply.Text);
    }

    [Fact]
    public async Task The_conversation_time_zone_is_the_default_when_the_user_gives_none()
    {
        await _store.SaveConversationAsync(new ConversationReference("slack", "C1", null, "T1", null, "en", "America/New_York"));

        var subscription = Assert.Single((await Say("subscribe *"))!.Subscriptions);

        Assert.Equal("America/New_York", subscription.TimeZone);
    }

    [Fact]
    public async Task Listing_shows_this_conversation_subscriptions_only_in_the_language_asked()
    {
        await Say("subscribe cybersecurity");
        await Say("abonner 38/* fr");
        await Say("subscribe something else", conversation: "C2");

        var english = await Say("subscriptions");
        var french = await Say("abonnements");
        var arabic = await Say("الاشتراكات");

        Assert.Equal(2, english!.Subscriptions.Count);
        Assert.StartsWith("Subscriptions in this conversation:", english.Text);
        Assert.Contains("“cybersecurity”", english.Text);
        Assert.DoesNotContain("something else", english.Text);
        Assert.StartsWith("Abonnements de cette conversation :", french!.Text);
        Assert.Contains("« 38/* »", french.Text);
        Assert.StartsWith("الاشتراكات في هذه المحادثة", arabic!.Text);
    }

    [Fact]
    public async Task Listing_an_empty_conversation_shows_how_to_subscribe()
    {
        var reply = await Say("subscriptions");

        Assert.Empty(reply!.Subscriptions);
        Assert.Contains("subscribe cybersecurity at 08:00", reply.Text);
    }

    [Theory]
    [InlineData("unsubscribe {0}", "Unsubscribed #{0}")]
    [InlineData("désabonner {0}", "Désabonnement fait : n° {0}")]
    [InlineData("إلغاء الاشتراك {0}", "تم إلغاء الاشتراك رقم {0}")]
    public async Task Unsubscribing_removes_the_subscription_and_says_so(string command, string expected)
    {
        var subscription = Assert.Single((await Say("subscribe cybersecurity"))!.Subscriptions);

        var reply = await Say(string.Format(command, subscription.Id));

        Assert.True(reply!.Succeeded);
        Assert.StartsWith(string.Format(expected, subscription.Id), reply.Text);
        Assert.Empty(await _store.ListSubscriptionsAsync("slack", "C1"));
    }

    [Fact]
    public async Task Another_conversation_cannot_unsubscribe_this_one()
    {
        var subscription = Assert.Single((await Say("subscribe cybersecurity"))!.Subscriptions);

        var reply = await Say($"unsubscribe {subscription.Id}", conversation: "C2");

        Assert.False(reply!.Succeeded);
        Assert.Contains($"no subscription #{subscription.Id}", reply.Text);
        Assert.NotNull(await _store.GetSubscriptionAsync(subscription.Id));
    }

    [Fact]
    public async Task A_wrong_time_is_explained_and_nothing_is_stored()
    {
        var reply = await Say("subscribe cybersecurity at 24:30");

        Assert.False(reply!.Succeeded);
        Assert.Contains("HH:MM", reply.Text);
        Assert.Empty(await _store.ListSubscriptionsAsync("slack", "C1"));
    }

    [Fact]
    public async Task An_ordinary_question_is_not_a_command()
    {
        Assert.Null(await Say("What does resolution 38/4 say about IINA?"));
    }
}
