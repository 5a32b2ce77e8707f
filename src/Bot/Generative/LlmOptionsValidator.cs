using Microsoft.Extensions.Options;

namespace ResBot.Bot.Generative;

/// <summary>
/// A configured model must be reachable as configured: fail at start, not at the first question. Each failure is one
/// line naming the setting (and its environment variable) and the fix, as the command line prints it.
/// </summary>
internal sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    private const string Off = "or Llm:Provider=none to turn generation off";

    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        if (!options.IsEnabled)
            return ValidateOptionsResult.Success;

        // An unknown provider makes every other rule meaningless: say only that.
        if (!options.IsAzure && !string.Equals(options.Provider.Trim(), LlmOptions.ProviderOpenAI, StringComparison.OrdinalIgnoreCase))
            return ValidateOptionsResult.Fail(
                $"Llm:Provider '{options.Provider}' is not a provider ResBot knows. Fix: set Llm:Provider (Llm__Provider) to azure-openai, openai (any OpenAI-compatible server: Ollama, vLLM, llama.cpp) or none.");

        var failures = new List<string>();
        if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
            failures.Add(string.IsNullOrWhiteSpace(options.Endpoint)
                ? $"Llm:Endpoint is required with Llm:Provider={options.Provider.Trim()}. Fix: set Llm:Endpoint (Llm__Endpoint) to the server's URL, e.g. {ExampleEndpoint(options)}, {Off}."
                : $"Llm:Endpoint '{options.Endpoint}' is not an absolute http(s) URL. Fix: set Llm:Endpoint (Llm__Endpoint) to e.g. {ExampleEndpoint(options)}.");
        if (options.IsAzure && string.IsNullOrWhiteSpace(options.Deployment))
            failures.Add($"Llm:Deployment is required with Llm:Provider=azure-openai. Fix: set Llm:Deployment (Llm__Deployment) to the chat deployment's name in the Azure OpenAI resource, {Off}.");
        if (!options.IsAzure && string.IsNullOrWhiteSpace(options.ChatModel))
            failures.Add($"Llm:Model is required with Llm:Provider=openai. Fix: set Llm:Model (Llm__Model) to the model's name on the server, e.g. qwen2.5:7b for Ollama, {Off}.");
        if (options.TimeoutSeconds <= 0)
            failures.Add($"Llm:TimeoutSeconds is {options.TimeoutSeconds}. Fix: set Llm:TimeoutSeconds (Llm__TimeoutSeconds) to a positive number of seconds (default 20).");
        if (options.MaxClausesInPrompt <= 0)
            failures.Add($"Llm:MaxClausesInPrompt is {options.MaxClausesInPrompt}. Fix: set Llm:MaxClausesInPrompt (Llm__MaxClausesInPrompt) to a positive number (default 8).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string ExampleEndpoint(LlmOptions options) =>
        options.IsAzure ? "https://<resource>.openai.azure.com/" : "http://localhost:11434/v1";
}
