using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ResBot.Bot.Conversations;
using ResBot.Bot.Storage;

namespace ResBot.Bot.Tests.Conversations;

/// <summary>
/// A clock for the follow-up memory alone, so a protocol test can let a context expire while signatures and tokens
/// keep checking against real time.
/// </summary>
public static class FollowUpClock
{
    public static void Use(IServiceCollection services, FakeTimeProvider clock) =>
        services.AddSingleton(provider => new FollowUpMemory(
            provider.GetRequiredService<IConversationContextStore>(),
            provider.GetRequiredService<IOptions<ConversationOptions>>(),
            clock,
            provider.GetRequiredService<ILogger<FollowUpMemory>>()));
}
