using Microsoft.Extensions.DependencyInjection;
using ResBot.Bot.Generative;

namespace ResBot.Bot.Tests.Generative;

/// <summary>How each way the model can fail is told apart, for the `answers_fallback` reason an operator reads.</summary>
public sealed class ModelFailureTests
{
    private static async Task<ModelReply> AskAsync(GenerativeHost host) =>
        await host.Services.GetRequiredService<ChatModel>().CompleteAsync("system", "question", 100, CancellationToken.None);

    [Fact]
    public async Task A_completion_comes_back_with_its_text_and_token_usage()
    {
        using var host = new GenerativeHost();
        host.Model.Answers(_ => "fine");

        var reply = await AskAsync(host);

        Assert.True(reply.Succeeded, reply.Error?.ToString());
        Assert.Equal("fine", reply.Text);
        Assert.Equal(new ModelUsage(120, 30), reply.Usage);
    }

    [Fact]
    public async Task A_model_slower_than_the_timeout_is_a_timeout()
    {
        using var host = new GenerativeHost(new Dictionary<string, string> { ["Llm:TimeoutSeconds"] = "1" });
        host.Model.AnswersAfter(TimeSpan.FromSeconds(4));

        var reply = await AskAsync(host);

        Assert.Equal(FallbackReason.Timeout, reply.FailureReason);
    }

    [Fact]
    public async Task A_429_is_reported_as_the_model_s_rate_limit_without_retrying()
    {
        using var host = new GenerativeHost();
        host.Model.FailsWith(429, """{"error":{"message":"Rate limit reached","type":"requests","code":"rate_limit_exceeded"}}""");

        var reply = await AskAsync(host);

        Assert.Equal(FallbackReason.ModelRateLimited, reply.FailureReason);
        Assert.Equal(1, host.Model.ChatCallCount);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_malformed_response()
    {
        using var host = new GenerativeHost();
        host.Model.FailsWith(200, """{"id":"chatcmpl-1","choices":[{"message":""");

        var reply = await AskAsync(host);

        Assert.Equal(FallbackReason.Malformed, reply.FailureReason);
    }
}
