using System.Net;
using System.Text.Json.Nodes;

namespace ResBot.Bot.Tests.Channels.Teams;

/// <summary>Installing greets the user and remembers the conversation for digests; uninstalling forgets it.</summary>
public sealed class InstallationTests(TeamsAppFixture app) : IClassFixture<TeamsAppFixture>
{
    private BotFrameworkFakes Fakes => app.Fakes;

    [Fact]
    public async Task A_personal_install_sends_a_welcome_with_three_examples_and_remembers_the_conversation()
    {
        var conversation = TeamsActivities.NewPersonalConversation();

        var response = await app.PostAsync(TeamsActivities.InstallationUpdate(Fakes.ServiceUrl, conversation, "add"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = ConversationTests.Card(Assert.Single(await Fakes.WaitForMessagesAsync(conversation)));
        Assert.Contains("Welcome to ResBot", card.GetRawText());
        Assert.Contains("To start, type a question below", card.GetRawText());
        Assert.Equal(3, card.GetProperty("actions").GetArrayLength());
        Assert.Contains(card.GetProperty("actions").EnumerateArray(),
            a => a.GetProperty("data").GetProperty("msteams").GetProperty("value").GetString() == "What did 38/4 ask member states to do?");
        var reference = await app.Store.GetConversationAsync("msteams", conversation);
        Assert.NotNull(reference);
        Assert.Equal(Fakes.ServiceUrl, reference.ServiceUrl);
    }

    [Fact]
    public async Task The_welcome_is_in_the_users_locale()
    {
        var conversation = TeamsActivities.NewPersonalConversation();

        await app.PostAsync(TeamsActivities.InstallationUpdate(Fakes.ServiceUrl, conversation, "add", locale: "ar-EG"));

        var card = ConversationTests.Card(Assert.Single(await Fakes.WaitForMessagesAsync(conversation)));
        Assert.True(card.GetProperty("rtl").GetBoolean());
        Assert.Contains("مرحباً بك في ResBot", card.GetRawText());
    }

    [Fact]
    public async Task An_install_in_a_team_is_remembered_without_a_welcome()
    {
        var conversation = TeamsActivities.NewChannelConversation();

        await app.PostAsync(TeamsActivities.InstallationUpdate(Fakes.ServiceUrl, conversation, "add", conversationType: "channel"));

        Assert.NotNull(await app.Store.GetConversationAsync("msteams", conversation));
        Assert.Empty(Fakes.ConnectorCalls(conversation));
    }

    [Fact]
    public async Task Uninstalling_forgets_the_conversation()
    {
        var conversation = TeamsActivities.NewPersonalConversation();
        await app.PostAsync(TeamsActivities.InstallationUpdate(Fakes.ServiceUrl, conversation, "add"));
        Assert.NotNull(await app.Store.GetConversationAsync("msteams", conversation));

        var response = await app.PostAsync(TeamsActivities.InstallationUpdate(Fakes.ServiceUrl, conversation, "remove"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await app.Store.GetConversationAsync("msteams", conversation));
    }

    [Fact]
    public async Task The_bot_leaving_a_conversation_forgets_it()
    {
        var conversation = TeamsActivities.NewChannelConversation();
        await app.PostAsync(TeamsActivities.InstallationUpdate(Fakes.ServiceUrl, conversation, "add", conversationType: "channel"));
        var update = TeamsActivities.Base("conversationUpdate", Fakes.ServiceUrl, conversation, "en-US", "channel");
        update["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = TeamsActivities.BotId });

        var response = await app.PostAsync(update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await app.Store.GetConversationAsync("msteams", conversation));
    }

    [Fact]
    public async Task Other_conversation_updates_are_acknowledged_silently()
    {
        var conversation = TeamsActivities.NewChannelConversation();
        var update = TeamsActivities.Base("conversationUpdate", Fakes.ServiceUrl, conversation, "en-US", "channel");
        update["channelData"]!["eventType"] = "channelRenamed";

        var response = await app.PostAsync(update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Fakes.ConnectorCalls(conversation));
        Assert.Null(await app.Store.GetConversationAsync("msteams", conversation));
    }
}
