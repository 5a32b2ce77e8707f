using Microsoft.Extensions.Options;
using ResBot.Bot.Generative;
using ResBot.Bot.Telemetry;

namespace ResBot.Bot.Hosting;

/// <summary>
/// Settings that cannot work, found before anything starts and told as `error: &lt;setting&gt; … Fix: …` lines,
/// not as an unhandled OptionsValidationException with its stack trace.
/// </summary>
public static class ConfigurationCheck
{
    /// <summary>A usage error (EX_USAGE-like, as System.CommandLine uses for bad arguments).</summary>
    public const int ExitCode = 2;

    /// <summary>One line per failure; null when the configuration is usable.</summary>
    public static string? Problem(IServiceProvider services)
    {
        try
        {
            _ = services.GetRequiredService<IOptions<LlmOptions>>().Value;
            _ = services.GetRequiredService<IOptions<TelemetryOptions>>().Value;
            return null;
        }
        catch (OptionsValidationException e)
        {
            return string.Join('\n', e.Failures.Select(failure => $"error: {failure}"));
        }
        catch (InvalidOperationException e) when (e.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
        {
            // "Failed to convert configuration value 'abc' at 'Llm:TimeoutSeconds' to type 'System.Int32'."
            return $"error: {e.Message} Fix: give that setting a value of that type.";
        }
    }
}
