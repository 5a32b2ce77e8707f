using Microsoft.Extensions.DependencyInjection.Extensions;
using ResBot.Bot.Digests;

namespace ResBot.Bot.Conversations;

/// <summary>Wires the channel-neutral conversation. Safe to call more than once: every channel calls it.</summary>
public static class ConversationServiceExtensions
{
    public static IServiceCollection AddResBotConversations(this IServiceCollection services)
    {
        services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<SubscriptionCommands>();
        services.TryAddSingleton<UserPreferences>();
        services.TryAddSingleton<FollowUpMemory>();
        services.TryAddSingleton<ConversationService>();
        return services;
    }
}
