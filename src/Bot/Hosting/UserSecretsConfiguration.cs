using System.Reflection;
using Microsoft.Extensions.Configuration.Json;

namespace ResBot.Bot.Hosting;

/// <summary>
/// `dotnet user-secrets set Teams:AppPassword … --project src/Bot`, as the docs recommend, read in every environment.
/// The default builders read user secrets only in Development, but `resbot serve` and the verbs run as Production
/// unless told otherwise, so a newcomer's secrets were silently ignored (issue 14, finding 2).
/// </summary>
public static class UserSecretsConfiguration
{
    public static IConfigurationManager AddResBotUserSecrets(this IConfigurationManager configuration, IHostEnvironment environment)
    {
        var assembly = typeof(UserSecretsConfiguration).Assembly;
        if (environment.IsDevelopment() || assembly.GetCustomAttribute<Microsoft.Extensions.Configuration.UserSecrets.UserSecretsIdAttribute>() is null)
            return configuration;

        configuration.AddUserSecrets(assembly, optional: true, reloadOnChange: false);
        // Where Development puts them: after appsettings*.json, before environment variables and the command line,
        // so `Teams__AppId=…` and `--Teams:AppId …` still win over a stored secret.
        var sources = configuration.Sources;
        var secrets = sources[^1];
        sources.RemoveAt(sources.Count - 1);
        var lastJson = sources.Select((source, index) => (source, index)).LastOrDefault(s => s.source is JsonConfigurationSource).index;
        sources.Insert(lastJson + 1, secrets);
        return configuration;
    }
}
