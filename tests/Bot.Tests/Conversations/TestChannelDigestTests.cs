using Microsoft.Extensions.DependencyInjection;
using ResBot.Bot.Conversations;
using ResBot.Bot.Digests;

namespace ResBot.Bot.Tests.Conversations;

/// <summary>
/// Digests know no channel: a subscription typed in the test channel is delivered through the sender that channel
/// registered, with nothing in `Digests/` told about it.
/// </summary>
public sealed class TestChannelDigestTests : IDisposable
{
    private readonly TestChannel _channel = new();

    [Fact]
    public async Task A_subscription_made_in_a_new_channel_is_delivered_through_that_channels_sender()
    {
        var reply = await _channel.SayAsync("room-1", "subscribe cybersecurity at 08:00 UTC always");
        Assert.IsType<Reply.Subscription>(reply);

        var now = _channel.Clock.GetUtcNow();
        var nextEight = new DateTimeOffset(now.UtcDateTime.Date.AddDays(1).AddHours(8).AddMinutes(1), TimeSpan.Zero);
        _channel.Clock.SetUtcNow(nextEight);
        var report = await _channel.Services.GetRequiredService<DigestRunner>().TickAsync(CancellationToken.None);

        Assert.Equal(1, report.Sent);
        var digest = Assert.Single(_channel.Digests.Sent);
        Assert.Equal((TestChannel.Platform.Id, "room-1"), (digest.Platform, digest.ConversationId));
        Assert.Contains(digest.Sections, s => s.Topic.Contains("cybersecurity", StringComparison.OrdinalIgnoreCase));
    }

    public void Dispose() => _channel.Dispose();
}
