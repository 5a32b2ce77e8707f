using System.Net;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace ResBot.Bot.Tests.Channels.Teams;

/// <summary>Bot Framework rolls its signing keys: a token naming a key the bot has not seen makes it re-read the keys.</summary>
public sealed class KeyRolloverTests : IDisposable
{
    private readonly TeamsAppFixture app = new();

    [Fact]
    public async Task A_newly_published_key_is_picked_up_on_first_use()
    {
        // The bot reads and caches the keys.
        var first = await app.PostAsync(TeamsActivities.Message(app.Fakes.ServiceUrl, TeamsActivities.NewPersonalConversation(), "help"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var rsa = RSA.Create(2048);
        var rolled = new RsaSecurityKey(rsa) { KeyId = "rolled-key" };
        app.Fakes.Publish(rolled, "msteams");
        var conversation = TeamsActivities.NewPersonalConversation();

        var response = await app.PostAsync(TeamsActivities.Message(app.Fakes.ServiceUrl, conversation, "help"), app.Fakes.Token(key: rolled));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await app.Fakes.WaitForMessagesAsync(conversation));
    }

    public void Dispose() => app.Dispose();
}
