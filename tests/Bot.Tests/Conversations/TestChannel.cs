using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Microsoft.AspNetCore.Builder;
using ResBot.Bot.Channels;
using ResBot.Bot.Conversations;
using ResBot.Bot.Digests;
using ResBot.Bot.Hosting;
using ResBot.Bot.Storage;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Tests.Conversations;

/// <summary>
/// A third channel, in process, in the shape every channel has (<see cref="IChannel"/>): a <see cref="Platform"/>, turns
/// in and replies out, its part in subscriptions and its digest sender, over the real core and digests and a SQLite
/// store in its own data folder, on a clock the test moves. In the product it would be a folder under `Channels/` and a
/// line in `Hosting/ResBotChannels.cs`; here the host is built by hand, as `resbot digest run` builds its own.
/// </summary>
public sealed class TestChannel : IChannel, IDisposable
{
    public static readonly Platform Platform = new("test");

    private readonly string _dataPath = Directory.CreateTempSubdirectory("resbot-test-channel-").FullName;
    private readonly IHost _host;

    public TestChannel()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Data:Path"] = _dataPath });
        builder.Services.AddResBotCore(builder.Configuration);
        builder.Services.AddResBotDigestServices();
        AddSending(builder.Services);
        builder.Services.AddSingleton<TimeProvider>(Clock);
        _host = builder.Build();
    }

    /// <summary>What the channel registers: its part in subscriptions and its digest sender, nothing in the core changed.</summary>
    public void AddSending(IServiceCollection services)
    {
        services.AddSingleton<IChannelSubscriptions, Subscriptions>();
        services.AddSingleton<IDigestSender>(Digests);
    }

    /// <summary>Turns arrive in process (<see cref="SayAsync"/>): no endpoint to listen on.</summary>
    public void AddReceiving(WebApplicationBuilder builder)
    {
    }

    public void MapEndpoints(WebApplication app)
    {
    }

    /// <summary>The digests this channel was asked to post, as it received them.</summary>
    public DigestOutbox Digests { get; } = new();

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public IServiceProvider Services => _host.Services;

    /// <summary>What <paramref name="user"/> says in <paramref name="conversation"/>, and the reply.</summary>
    internal Task<Reply> SayAsync(string conversation, string text, string user = "U1", Language? locale = null) =>
        Services.GetRequiredService<ConversationService>().HandleAsync(new Turn(Platform, user, conversation, null, locale, text), null, CancellationToken.None);

    internal Task<Reply> PressAsync(string conversation, ConversationAction action, string user = "U1") =>
        Services.GetRequiredService<ConversationService>().HandleAsync(new Turn(Platform, user, conversation, null, null, "", action), null, CancellationToken.None);

    public void Dispose()
    {
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    /// <summary>Digests go to the conversation the command was typed in, which the channel remembers as reachable.</summary>
    private sealed class Subscriptions(IConversationStore store) : IChannelSubscriptions
    {
        public Platform Platform => TestChannel.Platform;

        public async Task<SubscriptionRequest?> PrepareAsync(Turn turn, SubscriptionCommand command, string text, CancellationToken cancellationToken)
        {
            await store.SaveConversationAsync(new ConversationReference(Platform.Id, turn.ConversationId, null, null, null, null, "UTC"), cancellationToken);
            return new SubscriptionRequest(Platform.Id, turn.ConversationId, turn.UserId, text, "UTC");
        }
    }

    /// <summary>The channel's digest sender: it "posts" by keeping the digest.</summary>
    public sealed class DigestOutbox : IDigestSender
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<Digest> _sent = new();

        public Platform Platform => TestChannel.Platform;

        public IReadOnlyList<Digest> Sent => [.. _sent];

        public Task<DeliveryResult> SendAsync(ConversationReference conversation, Digest digest, DigestAttempt attempt, CancellationToken cancellationToken)
        {
            _sent.Enqueue(digest);
            return Task.FromResult<DeliveryResult>(new DeliveryResult.Sent($"test-{_sent.Count}"));
        }
    }
}
