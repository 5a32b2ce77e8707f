using System.ClientModel;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace ResBot.Bot.Generative;

/// <summary>
/// One system + user exchange with the configured model, bounded by `Llm:TimeoutSeconds`. Failures come back as a
/// reason, not an exception: every one of them means "give the extractive answer".
/// </summary>
internal sealed class ChatModel(IChatCompletionService chat, IOptions<LlmOptions> options)
{
    public async Task<ModelReply> CompleteAsync(string system, string user, int maxTokens, CancellationToken cancellationToken)
    {
        var history = new ChatHistory();
        history.AddSystemMessage(system);
        history.AddUserMessage(user);
        var settings = new OpenAIPromptExecutionSettings { Temperature = 0, MaxTokens = maxTokens };

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, options.Value.TimeoutSeconds)));
        try
        {
            var reply = await chat.GetChatMessageContentAsync(history, settings, kernel: null, timeout.Token);
            return string.IsNullOrWhiteSpace(reply.Content)
                ? ModelReply.Failed(FallbackReason.Malformed)
                : new ModelReply(reply.Content, UsageOf(reply));
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            return ModelReply.Failed(Classify(error), error);
        }
    }

    private static string Classify(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is OperationCanceledException or TimeoutException)
                return FallbackReason.Timeout;
            if (e is HttpOperationException { StatusCode: HttpStatusCode.TooManyRequests } or ClientResultException { Status: 429 })
                return FallbackReason.ModelRateLimited;
            if (e is JsonException or FormatException)
                return FallbackReason.Malformed;
        }
        return FallbackReason.Error;
    }

    /// <summary>The OpenAI connector puts the usage in the metadata under "Usage" (an <see cref="OpenAI.Chat.ChatTokenUsage"/>).</summary>
    private static ModelUsage? UsageOf(ChatMessageContent reply) =>
        reply.Metadata is not null && reply.Metadata.TryGetValue("Usage", out var usage) && usage is OpenAI.Chat.ChatTokenUsage tokens
            ? new ModelUsage(tokens.InputTokenCount, tokens.OutputTokenCount)
            : null;
}
