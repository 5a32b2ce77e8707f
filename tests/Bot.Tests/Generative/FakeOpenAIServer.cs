using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ResBot.Bot.Tests.Generative;

/// <summary>
/// An OpenAI-compatible server (the shape of /v1/chat/completions and /v1/embeddings responses) standing in for the
/// model at the network edge. The chat endpoint behaves like a model that follows its prompt: it answers from the
/// clause block, citing its first key, unless a test makes it misbehave.
/// </summary>
public sealed partial class FakeOpenAIServer : IDisposable
{
    public const string TranslationPrefix = "[machine translation]";

    /// <summary>OpenAI-compatible `/v1/chat/completions` and Azure `/openai/deployments/{deployment}/chat/completions`.</summary>
    private static readonly WireMock.Matchers.RegexMatcher ChatPath = new(@"^(/v1|/openai/deployments/[^/]+)/chat/completions$");

    private readonly WireMockServer server = WireMockServer.Start();
    private readonly ConcurrentQueue<ChatRequest> chatRequests = new();
    private readonly ConcurrentQueue<IReadOnlyList<string>> embeddingRequests = new();
    private Func<ChatRequest, string> answer = request => $"{InAskedLanguage(request)} {Cite(request.ClauseKeys[0])}.";

    public FakeOpenAIServer()
    {
        server.Given(Request.Create().WithPath(ChatPath).UsingPost())
            .AtPriority(10)
            .RespondWith(Response.Create()
                .WithHeader("Content-Type", "application/json")
                .WithBody(request => Complete(request.Body ?? "")));
        server.Given(Request.Create().WithPath("/v1/embeddings").UsingPost())
            .RespondWith(Response.Create()
                .WithHeader("Content-Type", "application/json")
                .WithBody(request => Embed(request.Body ?? "")));
    }

    /// <summary>The server's base URL, given as `Llm:Endpoint` (the client adds `/v1`).</summary>
    public string Url => server.Url!;

    /// <summary>Every request to the chat endpoint, answered or failed.</summary>
    public int ChatCallCount => server.LogEntries.Count(e => e.RequestMessage.Path.EndsWith("/chat/completions", StringComparison.Ordinal));

    /// <summary>The headers of the chat requests (Azure sends its key in `api-key`).</summary>
    public IReadOnlyList<IDictionary<string, WireMock.Types.WireMockList<string>>> ChatHeaders => server.LogEntries
        .Where(e => e.RequestMessage.Path.EndsWith("/chat/completions", StringComparison.Ordinal))
        .Select(e => e.RequestMessage.Headers!)
        .ToList();

    /// <summary>The paths the chat requests went to.</summary>
    public IReadOnlyList<string> ChatPaths => server.LogEntries
        .Where(e => e.RequestMessage.Path.EndsWith("/chat/completions", StringComparison.Ordinal))
        .Select(e => e.RequestMessage.Path)
        .ToList();

    public IReadOnlyList<ChatRequest> AnswerRequests => chatRequests.Where(r => !r.IsTranslation).ToList();

    public IReadOnlyList<ChatRequest> TranslationRequests => chatRequests.Where(r => r.IsTranslation).ToList();

    public IReadOnlyList<string> EmbeddedTexts => embeddingRequests.SelectMany(t => t).ToList();

    /// <summary>What the model answers to a grounded question (translations are answered apart).</summary>
    public void Answers(Func<ChatRequest, string> generate) => answer = generate;

    /// <summary>Every chat request gets this status and body instead of a completion.</summary>
    public void FailsWith(int status, string body, TimeSpan? delay = null)
    {
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
        if (delay is { } wait)
            response = response.WithDelay(wait);
        server.Given(Request.Create().WithPath(ChatPath).UsingPost())
            .AtPriority(1)
            .RespondWith(response);
    }

    /// <summary>Answers correctly, but only after the given delay.</summary>
    public void AnswersAfter(TimeSpan delay) =>
        server.Given(Request.Create().WithPath(ChatPath).UsingPost())
            .AtPriority(1)
            .RespondWith(Response.Create()
                .WithHeader("Content-Type", "application/json")
                .WithBody(request => Complete(request.Body ?? ""))
                .WithDelay(delay));

    public static string Cite(string key) => $"[{key}]";

    /// <summary>A sentence in the language the system prompt asks for ("Answer in French"), as an obedient model writes.</summary>
    public static string InAskedLanguage(ChatRequest request) =>
        request.System.Contains("Answer in Arabic", StringComparison.Ordinal) ? "يتناول القرار هذه المسألة"
        : request.System.Contains("Answer in French", StringComparison.Ordinal) ? "La résolution traite de cette question"
        : "The resolution addresses this";

    /// <summary>A deterministic embedding: character bigrams hashed into 64 dimensions, so equal texts have cosine 1.</summary>
    public static float[] EmbeddingOf(string text)
    {
        var vector = new float[64];
        var lower = text.ToLowerInvariant();
        for (var i = 0; i + 1 < lower.Length; i++)
        {
            var hash = (uint)(lower[i] * 31 + lower[i + 1]) * 2654435761u;
            vector[hash % 64] += 1;
        }
        vector[0] += 0.001f;
        return vector;
    }

    private string Complete(string body)
    {
        var request = ChatRequest.Parse(body);
        chatRequests.Enqueue(request);
        var content = request.IsTranslation ? $"{TranslationPrefix} {request.User}" : answer(request);
        return new JsonObject
        {
            ["id"] = "chatcmpl-fake",
            ["object"] = "chat.completion",
            ["created"] = 1_700_000_000,
            ["model"] = request.Model,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
                ["finish_reason"] = "stop",
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 120, ["completion_tokens"] = 30, ["total_tokens"] = 150 },
        }.ToJsonString();
    }

    private string Embed(string body)
    {
        var json = JsonNode.Parse(body)!;
        var inputs = json["input"] is JsonArray array
            ? array.Select(i => i!.GetValue<string>()).ToList()
            : [json["input"]!.GetValue<string>()];
        embeddingRequests.Enqueue(inputs);
        // The OpenAI .NET client asks for base64 (little-endian float32) unless told otherwise; serve what is asked.
        var base64 = json["encoding_format"]?.GetValue<string>() == "base64";
        var data = new JsonArray(inputs.Select((text, index) =>
        {
            var vector = EmbeddingOf(text);
            JsonNode embedding = base64
                ? JsonValue.Create(Convert.ToBase64String(vector.SelectMany(BitConverter.GetBytes).ToArray()))
                : new JsonArray(vector.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
            return (JsonNode)new JsonObject { ["object"] = "embedding", ["index"] = index, ["embedding"] = embedding };
        }).ToArray());
        return new JsonObject
        {
            ["object"] = "list",
            ["data"] = data,
            ["model"] = json["model"]?.GetValue<string>() ?? "fake-embedding",
            ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["total_tokens"] = 10 },
        }.ToJsonString();
    }

    public void Dispose() => server.Stop();

    /// <summary>One chat request as the model saw it.</summary>
    public sealed partial record ChatRequest(string Model, string System, string User)
    {
        public bool IsTranslation => System.StartsWith("You translate", StringComparison.Ordinal);

        /// <summary>The citation keys of the clause block, in prompt order.</summary>
        public IReadOnlyList<string> ClauseKeys => ClauseBlock().Match(System) is { Success: true } block
            ? KeyAtLineStart().Matches(block.Groups[1].Value).Select(m => m.Groups[1].Value).ToList()
            : [];

        public static ChatRequest Parse(string body)
        {
            using var json = JsonDocument.Parse(body);
            var messages = json.RootElement.GetProperty("messages").EnumerateArray().ToList();
            string Content(string role) => string.Join("\n", messages
                .Where(m => m.GetProperty("role").GetString() == role)
                .Select(m => m.GetProperty("content") is { ValueKind: JsonValueKind.String } s
                    ? s.GetString()
                    : string.Concat(m.GetProperty("content").EnumerateArray().Select(p => p.GetProperty("text").GetString()))));
            return new ChatRequest(json.RootElement.GetProperty("model").GetString() ?? "", Content("system"), Content("user"));
        }

        [GeneratedRegex(@"<<<CLAUSES\s*\n(.*?)CLAUSES>>>", RegexOptions.Singleline)]
        private static partial Regex ClauseBlock();

        [GeneratedRegex(@"^\[([^\]]+)\]", RegexOptions.Multiline)]
        private static partial Regex KeyAtLineStart();
    }
}
