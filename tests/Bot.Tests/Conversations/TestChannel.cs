using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using ResBot.Bot.Conversations;
using ResBot.Bot.Digests;
using ResBot.Bot.Hosting;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Tests.Conversations;

/// <summary>
/// A third channel, in process: what adding a channel takes (a <see cref="Platform"/>, turns in, replies out, its
/// part in subscriptions), over the real core and a SQLite store in its own data folder, on a clock the test moves.
/// </summary>
public sealed class TestChannel : IDisposable
{
    public static readonly Platform Platform = new("test");

    private readonly string _dataPath = Directory.CreateTempSubdirectory("resbot-test-channel-").FullName;
    private readonly IHost _host;

    public TestChannel()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Data:Path"] = _dataPath });
        builder.Services.AddResBotCore(builder.Configuration);
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddSingleton<IChannelSubscriptions, Subscriptions>();
        _host = builder.Build();
    }

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

    /// <summary>Digests go to the conversation the command was typed in.</summary>
    private sealed class Subscriptions : IChannelSubscriptions
    {
        public Platform Platform => TestChannel.Platform;

        public Task<SubscriptionRequest?> PrepareAsync(Turn turn, SubscriptionCommand command, string text, CancellationToken cancellationToken) =>
            Task.FromResult<SubscriptionRequest?>(new SubscriptionRequest(Platform.Id, turn.ConversationId, turn.UserId, text, "UTC"));
    }
}
