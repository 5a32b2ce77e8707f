using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using ResBot.Bot.Storage;
using ResBot.Bot.Tests.Channels.Slack;
using ResBot.Bot.Tests.Channels.Teams;
using ResBot.Knowledge.Model;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static ResBot.Bot.Tests.Digests.DigestScenario;

namespace ResBot.Bot.Tests.Digests;

/// <summary>Digests end to end on SQLite: what goes out, when, and exactly once, with Slack and the Bot Connector faked.</summary>
public sealed class DigestDeliveryTests : IDisposable
{
    private readonly FakeSlack _slack = new();
    private readonly BotFrameworkFakes _teams = new();
    private readonly string _corpus = DigestApp.CopyCorpus();
    private readonly DigestApp _app;
    private readonly FakeTimeProvider _time = new(Utc(3, 1, 0));

    public DigestDeliveryTests()
    {
        _app = new DigestApp(_slack, _teams, _corpus);
    }

    private IBotStore Store => _app.Store;

    private IReadOnlyList<JsonElement> SlackPosts() =>
        _slack.Requests(FakeSlack.PostMessagePath).Select(e => JsonDocument.Parse(e.RequestMessage.Body!).RootElement.Clone()).ToList();

    [Fact]
    public async Task A_new_document_appears_in_the_next_digest_and_not_in_the_one_after()
    {
        await Store.SaveSlackChannelAsync("C1");
        var subscription = await Store.SubscribeAsync("slack", "C1", "cybersecurity", createdAt: Utc(3, 1, 7));
        var runner = _app.Runner(_time);

        _time.SetUtcNow(Utc(3, 1, 8));
        var quietDay = await runner.TickAsync(default);
        NewDocument.AddTo(_corpus);
        _time.SetUtcNow(Utc(3, 2, 8));
        var newsDay = await runner.TickAsync(default);
        _time.SetUtcNow(Utc(3, 3, 8));
        var dayAfter = await runner.TickAsync(default);

        Assert.Equal((0, 1), (quietDay.Sent, quietDay.Quiet));
        Assert.Equal((1, 0), (newsDay.Sent, newsDay.Quiet));
        Assert.Equal((0, 1), (dayAfter.Sent, dayAfter.Quiet));
        var post = Assert.Single(SlackPosts());
        Assert.Equal("C1", post.GetProperty("channel").GetString());
        var text = AllText(post);
        Assert.Contains($"{NewDocument.Symbol}, {NewDocument.ResolutionKey}, ¶1", text);
        Assert.Contains($"{NewDocument.Symbol}, {NewDocument.ResolutionKey}, ¶2", text);
        Assert.Contains("strengthen their cooperation on cybersecurity", text);
        Assert.DoesNotContain("38/4", text); // on cybersecurity too, but in the corpus before the subscription
        Assert.Equal(DeliveryState.Sent, (await Store.GetDeliveryAsync(new(subscription.Id, new DateOnly(2026, 3, 2))))!.State);
    }

    [Fact]
    public async Task A_french_digest_on_a_topic_typed_in_english_quotes_the_new_english_only_clauses_and_says_so()
    {
        await Store.SaveSlackChannelAsync("C1");
        await Store.SubscribeAsync("slack", "C1", "cybersecurity", createdAt: Utc(3, 1, 7), language: Language.Fr);
        var runner = _app.Runner(_time);
        _time.SetUtcNow(Utc(3, 1, 8));
        await runner.TickAsync(default);

        NewDocument.AddTo(_corpus);
        _time.SetUtcNow(Utc(3, 2, 8));
        await runner.TickAsync(default);

        var text = AllText(Assert.Single(SlackPosts()));
        Assert.Contains("Nouveau sur « cybersecurity »", text);
        Assert.Contains($"{NewDocument.Symbol}, {NewDocument.ResolutionKey}, ¶1 (texte anglais)", text);
    }

    [Fact]
    public async Task A_teams_digest_is_a_proactive_adaptive_card_quoting_each_new_clause_with_its_citation()
    {
        const string conversation = "19:digest@thread.tacv2";
        await Store.SaveTeamsConversationAsync(conversation, _teams.ServiceUrl);
        await Store.SubscribeAsync("msteams", conversation, "cybersecurity", createdAt: Utc(3, 1, 7), language: Language.Ar);
        var runner = _app.Runner(_time);
        _time.SetUtcNow(Utc(3, 1, 8));
        await runner.TickAsync(default);

        NewDocument.AddTo(_corpus);
        _time.SetUtcNow(Utc(3, 2, 8));
        await runner.TickAsync(default);

        var call = Assert.Single(_teams.ConnectorCalls(conversation));
        Assert.Equal($"Bearer {BotFrameworkFakes.OutboundToken}", call.RequestMessage.Headers!["Authorization"].Single());
        var activity = JsonDocument.Parse(call.RequestMessage.Body!).RootElement;
        var card = activity.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.GetProperty("contentType").GetString());
        Assert.True(card.GetProperty("content").GetProperty("rtl").GetBoolean());
        var text = AllText(card);
        Assert.Contains("الموجز اليومي", text);
        Assert.Contains($"{NewDocument.Symbol}, {NewDocument.ResolutionKey}, ¶2 (النص الإنجليزي)", text);
    }

    [Fact]
    public async Task A_series_subscription_announces_each_new_resolution_of_that_session_only()
    {
        await Store.SaveSlackChannelAsync("C1");
        await Store.SaveSlackChannelAsync("C2");
        await Store.SubscribeAsync("slack", "C1", "39/*", createdAt: Utc(3, 1, 7));
        await Store.SubscribeAsync("slack", "C2", "38/*", createdAt: Utc(3, 1, 7));
        var runner = _app.Runner(_time);
        _time.SetUtcNow(Utc(3, 1, 8));
        await runner.TickAsync(default);

        NewDocument.AddTo(_corpus);
        _time.SetUtcNow(Utc(3, 2, 8));
        await runner.TickAsync(default);

        var post = Assert.Single(SlackPosts());
        Assert.Equal("C1", post.GetProperty("channel").GetString());
        Assert.Contains("New in resolutions 39/*", AllText(post));
        Assert.Contains($"{NewDocument.ResolutionKey} — ", AllText(post));
    }

    [Fact]
    public async Task A_crash_after_the_platform_answered_is_confirmed_without_a_second_message_and_one_before_is_sent_once()
    {
        await Store.SaveSlackChannelAsync("C-answered");
        await Store.SaveSlackChannelAsync("C-unanswered");
        var answered = await Store.SubscribeAsync("slack", "C-answered", "cybersecurity", Utc(3, 1, 0), always: true);
        var unanswered = await Store.SubscribeAsync("slack", "C-unanswered", "cybersecurity", Utc(3, 1, 0), always: true);
        var today = new DateOnly(2026, 3, 2);
        // A replica claimed both at 08:00 and died: one after Slack answered (its ts stored), one before.
        await Store.TryClaimDeliveriesAsync([new(answered.Id, today), new(unanswered.Id, today)], "crashed", Utc(3, 2, 8), Utc(3, 2, 8, 5));
        await Store.RecordDeliveryMessageIdAsync([new(answered.Id, today)], "1700000000.000100", Utc(3, 2, 8));

        var runner = _app.Runner(_time);
        _time.SetUtcNow(Utc(3, 2, 8, 3));
        var whileLeased = await runner.TickAsync(default);
        _time.SetUtcNow(Utc(3, 2, 8, 6));
        var afterLease = await runner.TickAsync(default);
        _time.SetUtcNow(Utc(3, 2, 8, 7));
        await runner.TickAsync(default);

        Assert.Equal((0, 0), (whileLeased.Sent, whileLeased.Recovered));
        Assert.Equal((1, 1), (afterLease.Sent, afterLease.Recovered));
        var post = Assert.Single(SlackPosts());
        Assert.Equal("C-unanswered", post.GetProperty("channel").GetString());
        var confirmed = await Store.GetDeliveryAsync(new(answered.Id, today));
        Assert.Equal((DeliveryState.Sent, "1700000000.000100"), (confirmed!.State, confirmed.PlatformMessageId));
        var resent = await Store.GetDeliveryAsync(new(unanswered.Id, today));
        Assert.Equal((DeliveryState.Sent, 2), (resent!.State, resent.Attempts));
    }

    [Fact]
    public async Task A_429_storm_at_the_connector_is_waited_out_and_the_digest_arrives_once()
    {
        const string conversation = "19:storm@thread.tacv2";
        await Store.SaveTeamsConversationAsync(conversation, _teams.ServiceUrl);
        var subscription = await Store.SubscribeAsync("msteams", conversation, "cybersecurity", Utc(3, 1, 0), always: true);
        _teams.Server.Given(Request.Create().WithPath(new WireMock.Matchers.WildcardMatcher("/v3/conversations/*storm*")).UsingPost())
            .AtPriority(2)
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "300").WithBody("""{"error":{"code":"Throttled"}}"""));

        var runner = _app.Runner(_time);
        var callTimes = new List<DateTimeOffset>();
        for (var now = Utc(3, 2, 8); now < Utc(3, 2, 12); now = now.AddMinutes(1))
        {
            _time.SetUtcNow(now);
            await runner.TickAsync(default);
            if (_teams.ConnectorCalls(conversation).Count > callTimes.Count)
                callTimes.Add(now);
            if (callTimes.Count == 5 && _teams.Server.Mappings.Count(m => m.Priority == 1) == 0)
            {
                // The storm ends after five refusals.
                _teams.Server.Given(Request.Create().WithPath(new WireMock.Matchers.WildcardMatcher("/v3/conversations/*storm*")).UsingPost())
                    .AtPriority(1)
                    .RespondWith(Response.Create().WithStatusCode(201).WithBody("""{"id":"1:storm-over"}"""));
            }
        }

        Assert.Equal(6, callTimes.Count);
        Assert.All(callTimes.Zip(callTimes.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMinutes(5), $"retried {pair.Second - pair.First} after a Retry-After of 300 s"));
        var delivery = await Store.GetDeliveryAsync(new(subscription.Id, new DateOnly(2026, 3, 2)));
        Assert.Equal((DeliveryState.Sent, "1:storm-over", 6), (delivery!.State, delivery.PlatformMessageId, delivery.Attempts));
    }

    [Fact]
    public async Task An_uninstalled_teams_app_pauses_the_conversation_subscriptions_and_nothing_more_is_sent()
    {
        const string conversation = "a:1blocked-personal-chat";
        await Store.SaveTeamsConversationAsync(conversation, _teams.ServiceUrl);
        var subscription = await Store.SubscribeAsync("msteams", conversation, "cybersecurity", Utc(3, 1, 0), always: true);
        _teams.Server.Given(Request.Create().WithPath(new WireMock.Matchers.WildcardMatcher("/v3/conversations/*blocked*")).UsingPost())
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(403)
                .WithBody("""{"error":{"code":"Forbidden","message":"The bot is not part of the conversation roster.","subCode":"MessageWritesBlocked"}}"""));
        var runner = _app.Runner(_time);

        _time.SetUtcNow(Utc(3, 2, 8));
        var refused = await runner.TickAsync(default);
        _time.SetUtcNow(Utc(3, 3, 8));
        await runner.TickAsync(default);

        Assert.Equal(1, refused.Failed);
        Assert.Single(_teams.ConnectorCalls(conversation));
        var paused = await Store.GetSubscriptionAsync(subscription.Id);
        Assert.Equal((true, "MessageWritesBlocked"), (paused!.Paused, paused.PausedReason));
        Assert.False((await Store.GetConversationAsync("msteams", conversation))!.Active);
        Assert.Equal(DeliveryState.Failed, (await Store.GetDeliveryAsync(new(subscription.Id, new DateOnly(2026, 3, 2))))!.State);
    }

    [Fact]
    public async Task A_slack_channel_that_is_gone_pauses_its_subscriptions()
    {
        await Store.SaveSlackChannelAsync("C-gone");
        var subscription = await Store.SubscribeAsync("slack", "C-gone", "cybersecurity", Utc(3, 1, 0), always: true);
        _slack.Server.Given(Request.Create().WithPath(FakeSlack.PostMessagePath).WithBody(new WireMock.Matchers.WildcardMatcher("*C-gone*")).UsingPost())
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { ok = false, error = "channel_not_found" }));

        _time.SetUtcNow(Utc(3, 2, 8));
        await _app.Runner(_time).TickAsync(default);

        Assert.Equal((true, "channel_not_found"), ((await Store.GetSubscriptionAsync(subscription.Id))!.Paused, (await Store.GetSubscriptionAsync(subscription.Id))!.PausedReason));
    }

    [Fact]
    public async Task Paris_at_eight_arrives_at_seven_utc_before_the_march_change_and_at_six_after_it()
    {
        await Store.SaveSlackChannelAsync("C-paris");
        await Store.SubscribeAsync("slack", "C-paris", "cybersecurity", Utc(3, 26, 12), zone: "Europe/Paris", language: Language.Fr, always: true);

        var sentAt = await TickEveryQuarterHourAsync(Utc(3, 27, 0), Utc(3, 31, 0));

        Assert.Equal([Utc(3, 27, 7), Utc(3, 28, 7), Utc(3, 29, 6), Utc(3, 30, 6)], sentAt);
        Assert.Contains("Résumé quotidien — 29 mars 2026", AllText(SlackPosts()[2]));
    }

    [Fact]
    public async Task New_york_at_eight_arrives_at_twelve_utc_before_the_november_change_and_at_thirteen_after_it()
    {
        await Store.SaveSlackChannelAsync("C-nyc");
        await Store.SubscribeAsync("slack", "C-nyc", "cybersecurity", Utc(10, 31, 0), zone: "America/New_York", always: true);

        var sentAt = await TickEveryQuarterHourAsync(Utc(10, 31, 0), Utc(11, 3, 0));

        Assert.Equal([Utc(10, 31, 12), Utc(11, 1, 13), Utc(11, 2, 13)], sentAt);
    }

    [Fact]
    public async Task After_downtime_the_digest_missed_within_a_day_is_sent_once_and_older_ones_are_recorded_as_skipped()
    {
        await Store.SaveSlackChannelAsync("C1");
        var subscription = await Store.SubscribeAsync("slack", "C1", "cybersecurity", Utc(3, 1, 0), always: true);

        _time.SetUtcNow(Utc(3, 5, 7));
        var start = await _app.Runner(_time).TickAsync(default);
        _time.SetUtcNow(Utc(3, 5, 7, 1));
        await _app.Runner(_time).TickAsync(default);

        Assert.Equal((1, 3), (start.Sent, start.Missed));
        Assert.Single(SlackPosts());
        var records = (await Store.ListDeliveriesAsync(new DateOnly(2026, 3, 1))).Where(d => d.Key.SubscriptionId == subscription.Id).ToList();
        Assert.Equal(
            [(new DateOnly(2026, 3, 1), DeliveryState.Skipped), (new DateOnly(2026, 3, 2), DeliveryState.Skipped), (new DateOnly(2026, 3, 3), DeliveryState.Skipped), (new DateOnly(2026, 3, 4), DeliveryState.Sent)],
            records.Select(r => (r.Key.LocalDate, r.State)));
    }

    [Fact]
    public async Task Two_subscriptions_of_one_conversation_arrive_as_one_message_with_a_section_each()
    {
        await Store.SaveSlackChannelAsync("C1");
        await Store.SubscribeAsync("slack", "C1", "cybersecurity", Utc(3, 2, 0), hour: 8, always: true);
        await Store.SubscribeAsync("slack", "C1", "IINA", Utc(3, 2, 0), hour: 17, language: Language.Fr, always: true);

        var sentAt = await TickEveryQuarterHourAsync(Utc(3, 2, 0), Utc(3, 3, 0));

        Assert.Equal([Utc(3, 2, 8)], sentAt);
        var text = AllText(Assert.Single(SlackPosts()));
        Assert.Contains("Nothing new today on “cybersecurity”", text);
        Assert.Contains("Rien de nouveau aujourd’hui sur « IINA »", text);
    }

    /// <summary>Ticks from <paramref name="from"/> to <paramref name="to"/>; returns the instants at which a message went out.</summary>
    private async Task<List<DateTimeOffset>> TickEveryQuarterHourAsync(DateTimeOffset from, DateTimeOffset to)
    {
        var runner = _app.Runner(_time);
        var sentAt = new List<DateTimeOffset>();
        for (var now = from; now < to; now = now.AddMinutes(15))
        {
            _time.SetUtcNow(now);
            var before = SlackPosts().Count;
            await runner.TickAsync(default);
            if (SlackPosts().Count > before)
                sentAt.Add(now);
        }
        return sentAt;
    }

    public void Dispose()
    {
        _app.Dispose();
        _slack.Dispose();
        _teams.Dispose();
        Directory.Delete(_corpus, recursive: true);
    }
}
