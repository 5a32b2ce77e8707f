using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Tests.Channels.Teams;

/// <summary>Daily digests from a Teams chat: subscribe, list and unsubscribe by message or button, for the chat or the channel.</summary>
public sealed class SubscriptionTests(TeamsAppFixture app) : IClassFixture<TeamsAppFixture>
{
    private const string Question = "What did 38/4 ask member states to do?";
    private BotFrameworkFakes Fakes => app.Fakes;

    [Theory]
    [InlineData("subscribe cybersecurity", "en-US", Language.En, "Subscribed (#", "Next digest:")]
    [InlineData("s'abonner cybersécurité", "en-US", Language.Fr, "Abonnement n°", "Prochain résumé")]
    [InlineData("اشترك الأمن السيبراني", "en-US", Language.Ar, "تم الاشتراك رقم", "الموجز القادم")]
    public async Task Subscribing_by_message_confirms_in_the_language_typed_with_the_next_delivery_at_eight_in_the_users_zone(
        string text, string locale, Language language, string confirmed, string next)
    {
        var conversation = TeamsActivities.NewPersonalConversation();

        var response = await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, conversation, text, locale));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = ConversationTests.Card(Assert.Single(await Fakes.WaitForMessagesAsync(conversation)));
        Assert.Equal(language.Code(), card.GetProperty("lang").GetString());
        var reply = Texts(card);
        Assert.Contains(confirmed, reply);
        Assert.Contains(next, reply);
        Assert.Contains("08:00", reply);
        Assert.Contains("Asia/Riyadh", reply);
        var subscription = Assert.Single(await app.Store.ListSubscriptionsAsync("msteams", conversation));
        Assert.Equal((text.Split(' ', 2)[1], new TimeOnly(8, 0), "Asia/Riyadh", language), (subscription.Topic, subscription.LocalTime, subscription.TimeZone, subscription.Language));
        Assert.Equal(TeamsActivities.UserAadId, subscription.CreatedBy);
        // Nothing was asked of the core: a subscription is not a question.
        Assert.DoesNotContain(Fakes.ConnectorCalls(conversation), call => call.RequestMessage.Body!.Contains("\"typing\""));
    }

    [Theory]
    [InlineData("subscribe", "subscriptions", "unsubscribe", "Subscriptions in this conversation", "Unsubscribed #")]
    [InlineData("abonner", "abonnements", "désabonner", "Abonnements de cette conversation", "Désabonnement fait")]
    [InlineData("اشترك", "الاشتراكات", "إلغاء الاشتراك", "الاشتراكات في هذه المحادثة", "تم إلغاء الاشتراك رقم")]
    public async Task Subscriptions_are_listed_and_cancelled_in_each_language(string subscribe, string list, string unsubscribe, string listed, string cancelled)
    {
        var conversation = TeamsActivities.NewPersonalConversation();
        await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, conversation, $"{subscribe} IINA"));
        await Fakes.WaitForMessagesAsync(conversation, count: 1);
        await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, conversation, $"{subscribe} 38/* at 07:30 Europe/Paris"));
        await Fakes.WaitForMessagesAsync(conversation, count: 2);
        var subscriptions = await app.Store.ListSubscriptionsAsync("msteams", conversation);
        Assert.Equal(2, subscriptions.Count);

        await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, conversation, list));
        var listing = Texts(ConversationTests.Card((await Fakes.WaitForMessagesAsync(conversation, count: 3))[2]));
        var first = subscriptions.Single(s => s.Topic == "IINA");
        await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, conversation, $"{unsubscribe} {first.Id}"));
        var cancellation = Texts(ConversationTests.Card((await Fakes.WaitForMessagesAsync(conversation, count: 4))[3]));

        Assert.Contains(listed, listing);
        Assert.Contains($"#{first.Id} ", listing);
        Assert.Contains("07:30 Europe/Paris", listing);
        Assert.Contains("38/*", listing);
        Assert.Contains(cancelled, cancellation);
        var left = Assert.Single(await app.Store.ListSubscriptionsAsync("msteams", conversation));
        Assert.Equal("38/*", left.Topic);
    }

    [Fact]
    public async Task In_a_channel_the_subscription_belongs_to_the_channel_and_any_thread_of_it_sees_it()
    {
        var channel = $"19:{Guid.NewGuid():N}@thread.tacv2";
        var thread = channel + ";messageid=1700000000001";
        var otherThread = channel + ";messageid=1700000000999";

        await app.PostAsync(InChannel(TeamsActivities.ChannelMention(Fakes.ServiceUrl, thread, "subscribe cybersecurity"), channel));
        await app.PostAsync(InChannel(TeamsActivities.ChannelMention(Fakes.ServiceUrl, otherThread, "subscriptions"), channel));

        // The confirmation answers in the thread; the digest will start a new post in the channel.
        Assert.Contains("Subscribed (#", Texts(ConversationTests.Card(Assert.Single(await Fakes.WaitForMessagesAsync(thread)))));
        Assert.Contains("cybersecurity", Texts(ConversationTests.Card(Assert.Single(await Fakes.WaitForMessagesAsync(otherThread)))));
        var subscription = Assert.Single(await app.Store.ListSubscriptionsAsync("msteams", channel));
        Assert.Equal("cybersecurity", subscription.Topic);
        Assert.Empty(await app.Store.ListSubscriptionsAsync("msteams", thread));
        var reference = await app.Store.GetConversationAsync("msteams", channel);
        Assert.NotNull(reference);
        Assert.Equal((Fakes.ServiceUrl, TeamsActivities.BotId, TeamsActivities.TenantId), (reference.ServiceUrl, reference.BotId, reference.TenantId));
    }

    [Fact]
    public async Task Without_channel_data_a_channel_subscription_still_belongs_to_the_channel_not_the_thread()
    {
        var channel = $"19:{Guid.NewGuid():N}@thread.skype";

        await app.PostAsync(TeamsActivities.ChannelMention(Fakes.ServiceUrl, channel + ";messageid=42", "abonner fonds de solidarité numérique"));

        var subscription = Assert.Single(await app.Store.ListSubscriptionsAsync("msteams", channel));
        Assert.Equal(("fonds de solidarité numérique", Language.Fr), (subscription.Topic, subscription.Language));
    }

    [Fact]
    public async Task The_time_zone_comes_from_the_client_info_entity_when_the_activity_has_no_local_time_zone()
    {
        var conversation = TeamsActivities.NewPersonalConversation();
        var activity = TeamsActivities.Message(Fakes.ServiceUrl, conversation, "subscribe cybersecurity");
        activity.Remove("localTimezone");
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "clientInfo", ["locale"] = "fr-FR", ["country"] = "FR", ["platform"] = "Windows", ["timezone"] = "Europe/Paris",
        });

        await app.PostAsync(activity);

        var reply = Texts(ConversationTests.Card(Assert.Single(await Fakes.WaitForMessagesAsync(conversation))));
        Assert.Contains("08:00 (Europe/Paris)", reply);
        Assert.Equal("Europe/Paris", Assert.Single(await app.Store.ListSubscriptionsAsync("msteams", conversation)).TimeZone);
    }

    [Fact]
    public async Task A_message_without_a_time_zone_keeps_the_one_teams_gave_earlier_for_the_conversation()
    {
        // Issue 11, finding 9: the reference was re-saved from every activity, erasing the stored localTimezone.
        var conversation = TeamsActivities.NewPersonalConversation();
        await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, conversation, "help"));
        await Fakes.WaitForMessagesAsync(conversation);
        var later = TeamsActivities.Message(Fakes.ServiceUrl, conversation, "help");
        later.Remove("localTimezone");
        await app.PostAsync(later);
        await Fakes.WaitForMessagesAsync(conversation, 2);

        Assert.Equal("Asia/Riyadh", (await app.Store.GetConversationAsync("msteams", conversation))!.TimeZone);
    }

    [Fact]
    public async Task Without_any_time_zone_from_teams_the_subscription_is_at_eight_utc()
    {
        var conversation = TeamsActivities.NewPersonalConversation();
        var activity = TeamsActivities.Message(Fakes.ServiceUrl, conversation, "subscribe cybersecurity");
        activity.Remove("localTimezone");

        await app.PostAsync(activity);

        await Fakes.WaitForMessagesAsync(conversation);
        Assert.Equal("UTC", Assert.Single(await app.Store.ListSubscriptionsAsync("msteams", conversation)).TimeZone);
    }

    [Fact]
    public async Task An_explicit_time_zone_in_the_command_wins_over_the_users()
    {
        var conversation = TeamsActivities.NewPersonalConversation();

        await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, conversation, "subscribe cybersecurity at 18:15 America/New_York fr"));

        await Fakes.WaitForMessagesAsync(conversation);
        var subscription = Assert.Single(await app.Store.ListSubscriptionsAsync("msteams", conversation));
        Assert.Equal((new TimeOnly(18, 15), "America/New_York", Language.Fr), (subscription.LocalTime, subscription.TimeZone, subscription.Language));
    }

    [Fact]
    public async Task Pressing_subscribe_to_this_topic_subscribes_the_conversation_to_the_question_with_the_defaults()
    {
        var conversation = TeamsActivities.NewPersonalConversation();
        await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, conversation, Question));
        var button = ConversationTests.Button(ConversationTests.Card(Assert.Single(await Fakes.WaitForMessagesAsync(conversation))), "Subscribe to this topic");

        await app.PostAsync(TeamsActivities.Submit(Fakes.ServiceUrl, conversation, JsonNode.Parse(button.GetRawText())!));

        var reply = Texts(ConversationTests.Card((await Fakes.WaitForMessagesAsync(conversation, count: 2))[1]));
        var subscription = Assert.Single(await app.Store.ListSubscriptionsAsync("msteams", conversation));
        Assert.Equal((Question, new TimeOnly(8, 0), "Asia/Riyadh", Language.En, false), (subscription.Topic, subscription.LocalTime, subscription.TimeZone, subscription.Language, subscription.Always));
        Assert.Contains($"Subscribed (#{subscription.Id})", reply);
        Assert.Contains("Next digest:", reply);
    }

    [Fact]
    public async Task An_arabic_answer_offers_the_subscription_in_arabic_and_confirms_in_arabic()
    {
        var conversation = TeamsActivities.NewPersonalConversation();
        await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, conversation, "ماذا طلب القرار 38/4 من الدول الأعضاء؟", locale: "ar-SA"));
        var button = ConversationTests.Button(ConversationTests.Card(Assert.Single(await Fakes.WaitForMessagesAsync(conversation))), "اشترك في هذا الموضوع");

        await app.PostAsync(TeamsActivities.Submit(Fakes.ServiceUrl, conversation, JsonNode.Parse(button.GetRawText())!, locale: "ar-SA"));

        var card = ConversationTests.Card((await Fakes.WaitForMessagesAsync(conversation, count: 2))[1]);
        Assert.True(card.GetProperty("rtl").GetBoolean());
        Assert.Contains("تم الاشتراك رقم", Texts(card));
        Assert.Equal(Language.Ar, Assert.Single(await app.Store.ListSubscriptionsAsync("msteams", conversation)).Language);
    }

    [Fact]
    public async Task A_view_opened_from_a_button_has_no_subscribe_button()
    {
        var conversation = TeamsActivities.NewPersonalConversation();
        await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, conversation, Question));
        var french = ConversationTests.Button(ConversationTests.Card(Assert.Single(await Fakes.WaitForMessagesAsync(conversation))), "Français");

        await app.PostAsync(TeamsActivities.Submit(Fakes.ServiceUrl, conversation, JsonNode.Parse(french.GetRawText())!));

        var card = ConversationTests.Card((await Fakes.WaitForMessagesAsync(conversation, count: 2))[1]);
        Assert.DoesNotContain(card.GetProperty("actions").EnumerateArray(), a => a.GetProperty("data").GetProperty("resbot").GetString() == "subscribe");
    }

    [Fact]
    public async Task A_subscribe_execute_action_answers_with_a_message_and_subscribes()
    {
        var conversation = TeamsActivities.NewPersonalConversation();
        var value = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = "subscribe",
                ["data"] = new JsonObject { ["resbot"] = "subscribe", ["question"] = "IINA", ["language"] = "fr" },
            },
            ["trigger"] = "manual",
        };

        var response = await app.PostAsync(TeamsActivities.Invoke(Fakes.ServiceUrl, conversation, "adaptiveCard/action", value));

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((200, "application/vnd.microsoft.activity.message"), (body.GetProperty("statusCode").GetInt32(), body.GetProperty("type").GetString()));
        Assert.Contains("Abonnement n°", body.GetProperty("value").GetString());
        Assert.Equal("IINA", Assert.Single(await app.Store.ListSubscriptionsAsync("msteams", conversation)).Topic);
    }

    [Fact]
    public async Task A_subscribe_command_without_a_topic_says_how_to_write_it_and_subscribes_nothing()
    {
        var conversation = TeamsActivities.NewPersonalConversation();

        await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, conversation, "subscribe at 08:00"));

        var reply = Texts(ConversationTests.Card(Assert.Single(await Fakes.WaitForMessagesAsync(conversation))));
        Assert.Contains("subscribe cybersecurity", reply);
        Assert.Empty(await app.Store.ListSubscriptionsAsync("msteams", conversation));
    }

    /// <summary>Teams' channel data for a channel message: the team and the channel the thread is in.</summary>
    private static JsonObject InChannel(JsonObject activity, string channelId)
    {
        activity["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = TeamsActivities.TenantId },
            ["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2" },
            ["channel"] = new JsonObject { ["id"] = channelId },
        };
        return activity;
    }

    private static string Texts(JsonElement card) =>
        string.Join("\n", card.GetProperty("body").EnumerateArray().Select(e => e.TryGetProperty("text", out var t) ? t.GetString() : ""));
}
