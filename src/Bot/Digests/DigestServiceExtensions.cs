namespace ResBot.Bot.Digests;

/// <summary>Wires daily digests.</summary>
public static class DigestServiceExtensions
{
    public static WebApplicationBuilder AddResBotDigests(this WebApplicationBuilder builder) => builder;
}
