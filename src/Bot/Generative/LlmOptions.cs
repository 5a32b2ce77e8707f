namespace ResBot.Bot.Generative;

/// <summary>`Llm`: the optional model behind generative answers. With `Provider` = `none` (the default) nothing is generated.</summary>
public sealed class LlmOptions
{
    public const string Section = "Llm";

    public const string ProviderNone = "none";
    public const string ProviderAzureOpenAI = "azure-openai";
    public const string ProviderOpenAI = "openai";

    /// <summary>`none`, `azure-openai`, or `openai` (any OpenAI-compatible server: OpenAI, Ollama, vLLM, llama.cpp).</summary>
    public string Provider { get; set; } = ProviderNone;

    /// <summary>Azure: `https://{resource}.openai.azure.com/`. OpenAI-compatible: the base URL, e.g. `http://localhost:11434/v1` (`/v1` is added when the URL has no path).</summary>
    public string Endpoint { get; set; } = "";

    /// <summary>The API key; local servers usually accept any value. Azure without a key: a token from the managed identity or `az login`.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>Azure: the chat deployment name.</summary>
    public string Deployment { get; set; } = "";

    /// <summary>The model name (OpenAI-compatible servers; optional for Azure).</summary>
    public string Model { get; set; } = "";

    /// <summary>A generation slower than this falls back to the extractive answer (Teams waits about 15 s).</summary>
    public int TimeoutSeconds { get; set; } = 20;

    /// <summary>How many retrieved clauses the prompt holds at most.</summary>
    public int MaxClausesInPrompt { get; set; } = 8;

    /// <summary>An embedding deployment (Azure) or model (OpenAI-compatible): turns on hybrid retrieval. Empty: BM25 only.</summary>
    public string EmbeddingDeployment { get; set; } = "";

    /// <summary>Generated answers a user may get per minute; beyond it the extractive answer is given. 0: no limit.</summary>
    public int RequestsPerUserPerMinute { get; set; } = 10;

    public bool IsEnabled => !string.Equals(Provider?.Trim(), ProviderNone, StringComparison.OrdinalIgnoreCase)
        && !string.IsNullOrWhiteSpace(Provider);

    public bool IsAzure => string.Equals(Provider?.Trim(), ProviderAzureOpenAI, StringComparison.OrdinalIgnoreCase);

    public bool HasEmbeddings => IsEnabled && !string.IsNullOrWhiteSpace(EmbeddingDeployment);

    /// <summary>The deployment or model the chat requests name.</summary>
    public string ChatModel => string.IsNullOrWhiteSpace(Deployment) ? Model : Deployment;

    /// <summary>The endpoint an OpenAI-compatible client posts to: `/v1` added when only a host was given.</summary>
    public Uri OpenAICompatibleEndpoint
    {
        get
        {
            var uri = new Uri(Endpoint.Trim(), UriKind.Absolute);
            return uri.AbsolutePath is "" or "/" ? new Uri(uri, "/v1") : uri;
        }
    }
}
