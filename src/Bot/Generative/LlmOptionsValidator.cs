using Microsoft.Extensions.Options;

namespace ResBot.Bot.Generative;

/// <summary>A configured model must be reachable as configured: fail at start, not at the first question.</summary>
internal sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        if (!options.IsEnabled)
            return ValidateOptionsResult.Success;

        var failures = new List<string>();
        if (!options.IsAzure && !string.Equals(options.Provider.Trim(), LlmOptions.ProviderOpenAI, StringComparison.OrdinalIgnoreCase))
            failures.Add($"Llm:Provider '{options.Provider}' is not one of none, azure-openai, openai.");
        if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
            failures.Add("Llm:Endpoint must be an absolute http(s) URL.");
        if (options.IsAzure && string.IsNullOrWhiteSpace(options.Deployment))
            failures.Add("Llm:Deployment is required with azure-openai.");
        if (!options.IsAzure && string.IsNullOrWhiteSpace(options.ChatModel))
            failures.Add("Llm:Model is required with openai.");
        if (options.TimeoutSeconds <= 0)
            failures.Add("Llm:TimeoutSeconds must be positive.");
        if (options.MaxClausesInPrompt <= 0)
            failures.Add("Llm:MaxClausesInPrompt must be positive.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
