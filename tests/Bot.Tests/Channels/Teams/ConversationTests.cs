using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Tests.Channels.Teams;

/// <summary>What a Teams user sees: questions answered with cited cards, in their language, in chats and channels.</summary>
public sealed class ConversationTests(TeamsAppFixture app) : IClassFixture<TeamsAppFixture>
{
    private const string Question = "What did 38/4 ask member states to do?";
    private BotFrameworkFakes Fakes => app.Fakes;

    [Fact]
    public async Task A_question_is_answered_in_reply_with_the_accounts_swapped_and_a_typing_indicator_first()
    {
        var conversation = TeamsActivities.NewPersonalConversation();
        var activity = TeamsActivities.Message(Fakes.ServiceUrl, conversation, Question);

        var response = await app.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await Fakes.WaitForMessagesAsync(conversation));
        var calls = Fakes.ConnectorCalls(conversation);
        Assert.Equal("typing", JsonDocument.Parse(calls[0].RequestMessage.Body!).RootElement.GetProperty("type").GetString());
        // WireMock reports the path decoded; ConnectorPathTests checks the encoding on the wire.
        var expectedPath = $"/v3/conversations/{conversation}/activities/{activity["id"]!.GetValue<string>()}";
        Assert.All(calls, call => Assert.Equal(expectedPath, call.RequestMessage.Path));
        Assert.All(calls, call => Assert.Equal($"Bearer {BotFrameworkFakes.OutboundToken}", call.RequestMessage.Headers!["Authorization"].Single()));

        Assert.Equal(TeamsActivities.BotId, reply.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal(TeamsActivities.UserId, reply.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal(conversation, reply.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal(TeamsActivities.TenantId, reply.GetProperty("conversation").GetProperty("tenantId").GetString());
        Assert.Equal(activity["id"]!.GetValue<string>(), reply.GetProperty("replyToId").GetString());
        Assert.StartsWith("en", reply.GetProperty("locale").GetString());

        // A personal chat gets Teams' AI message: the clauses in the text, each cited by a marker and a citation entity.
        Assert.Contains("Calls upon the member States to benefit from the training programmes", reply.GetProperty("text").GetString());
        var entities = reply.GetProperty("entities").GetRawText();
        foreach (var paragraph in new[] { "5", "6", "7" })
            Assert.Contains($"OIC/CFM-38/2011/INF/RES/FINAL, 38/4, ¶{paragraph}", entities);
        var card = Card(reply);
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.False(card.TryGetProperty("rtl", out _));
    }

    [Fact]
    public async Task An_arabic_question_gets_an_arabic_right_to_left_card()
    {
        var conversation = TeamsActivities.NewPersonalConversation();

        await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, conversation, "ماذا طلب القرار 38/4 من الدول الأعضاء؟", locale: "ar-SA"));

        var reply = Assert.Single(await Fakes.WaitForMessagesAsync(conversation));
        var card = Card(reply);
        Assert.True(card.GetProperty("rtl").GetBoolean());
        Assert.Equal("ar", card.GetProperty("lang").GetString());
        Assert.Equal("ar", reply.GetProperty("locale").GetString());
        Assert.Contains("يدعو الدول الأعضاء إلى الاستفادة", reply.GetProperty("text").GetString());
        Assert.Contains("38/4, ¶7", reply.GetProperty("entities").GetRawText());
    }

    [Fact]
    public async Task The_bots_own_mention_is_stripped_in_a_channel()
    {
        // "<at>ResBot</at> help" is help only once the mention is gone.
        var conversation = TeamsActivities.NewChannelConversation();

        await app.PostAsync(TeamsActivities.ChannelMention(Fakes.ServiceUrl, conversation, "aide", locale: "en-US"));

        var card = Card(Assert.Single(await Fakes.WaitForMessagesAsync(conversation)));
        Assert.Equal("fr", card.GetProperty("lang").GetString());
        Assert.Contains("Je réponds aux questions", card.GetRawText());
        var call = Assert.Single(Fakes.ConnectorCalls(conversation));
        Assert.StartsWith($"/v3/conversations/{conversation}/activities/", call.RequestMessage.Path);
    }

    [Fact]
    public async Task A_question_in_a_channel_is_answered_with_citations()
    {
        var conversation = TeamsActivities.NewChannelConversation();

        await app.PostAsync(TeamsActivities.ChannelMention(Fakes.ServiceUrl, conversation, Question));

        var reply = Assert.Single(await Fakes.WaitForMessagesAsync(conversation));
        Assert.Contains("38/4, ¶6", Card(reply).GetRawText());
        // Channels keep the card: Microsoft documents citations and feedback for chats.
        Assert.False(reply.TryGetProperty("entities", out _));
        Assert.False(reply.TryGetProperty("channelData", out _));
    }

    [Theory]
    [InlineData("help", "en", "I answer questions")]
    [InlineData("aide", "fr", "Je réponds aux questions")]
    [InlineData("مساعدة", "ar", "أجيب عن الأسئلة")]
    public async Task Help_is_given_in_the_language_it_was_asked_in(string word, string language, string expected)
    {
        var conversation = TeamsActivities.NewPersonalConversation();

        await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, conversation, word));

        var card = Card(Assert.Single(await Fakes.WaitForMessagesAsync(conversation)));
        Assert.Equal(language, card.GetProperty("lang").GetString());
        Assert.Contains(expected, card.GetRawText());
    }

    [Fact]
    public async Task Pressing_the_french_button_shows_the_same_clauses_in_french()
    {
        var conversation = TeamsActivities.NewPersonalConversation();
        await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, conversation, Question));
        var french = Button(Card(Assert.Single(await Fakes.WaitForMessagesAsync(conversation))), "Français");

        // Action.Submit: Teams sends the button's data back as the value of a message without text.
        await app.PostAsync(TeamsActivities.Submit(Fakes.ServiceUrl, conversation, JsonNode.Parse(french.GetRawText())!));

        var messages = await Fakes.WaitForMessagesAsync(conversation, count: 2);
        Assert.Equal("fr", Card(messages[1]).GetProperty("lang").GetString());
        Assert.Contains("Encourage les États membres", messages[1].GetProperty("text").GetString());
        var text = messages[1].GetProperty("entities").GetRawText();
        foreach (var paragraph in new[] { "5", "6", "7" })
            Assert.Contains($"38/4, ¶{paragraph}", text);
        Assert.Equal(Language.Fr, await app.Store.GetUserLanguageAsync("msteams", TeamsActivities.UserAadId));
    }

    [Fact]
    public async Task An_execute_action_answers_in_the_invoke_response_with_the_new_card()
    {
        var conversation = TeamsActivities.NewPersonalConversation();
        var value = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = "show",
                ["data"] = new JsonObject { ["resbot"] = "resolution", ["resolutionKey"] = "38/4", ["language"] = "ar" },
            },
            ["trigger"] = "manual",
        };

        var response = await app.PostAsync(TeamsActivities.Invoke(Fakes.ServiceUrl, conversation, "adaptiveCard/action", value));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        var card = body.GetProperty("value");
        Assert.True(card.GetProperty("rtl").GetBoolean());
        Assert.Contains("38/4, ¶5", card.GetRawText());
    }

    [Fact]
    public async Task A_conversation_is_remembered_when_spoken_to()
    {
        var conversation = TeamsActivities.NewPersonalConversation();

        await app.PostAsync(TeamsActivities.Message(Fakes.ServiceUrl, conversation, "help", locale: "fr-FR"));

        var reference = await app.Store.GetConversationAsync("msteams", conversation);
        Assert.NotNull(reference);
        Assert.Equal(Fakes.ServiceUrl, reference.ServiceUrl);
        Assert.Equal(TeamsActivities.TenantId, reference.TenantId);
        Assert.Equal(TeamsActivities.BotId, reference.BotId);
        Assert.Equal("fr-FR", reference.Locale);
        Assert.True(reference.Active);
    }

    internal static JsonElement Card(JsonElement activity)
    {
        var attachment = Assert.Single(activity.GetProperty("attachments").EnumerateArray());
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        return attachment.GetProperty("content");
    }

    internal static JsonElement Button(JsonElement card, string title) =>
        card.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("title").GetString() == title).GetProperty("data");
}
