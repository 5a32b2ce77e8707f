using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using ResBot.Knowledge.Answers;

namespace ResBot.Bot.Tests.Generative;

/// <summary>`Llm:Provider` = `azure-openai`: the same answers through the Azure route (deployment in the path, key in `api-key`).</summary>
public sealed class AzureOpenAITests
{
    [Fact]
    public async Task An_azure_deployment_answers_through_its_deployment_route_with_the_key_in_the_api_key_header()
    {
        using var host = new GenerativeHost(new Dictionary<string, string>
        {
            ["Llm:Provider"] = "azure-openai",
            ["Llm:Deployment"] = "gpt-4o-mini",
            ["Llm:ApiKey"] = "azure-test-key",
        });
        host.Model.Answers(r => $"The Secretary-General is to follow up and report {FakeOpenAIServer.Cite(r.ClauseKeys[0])}.");

        var answer = await host.Assistant.AskAsync(new Question("What does resolution 38/4 ask the Secretary General to do?"));

        Assert.Equal(AnswerMode.Generative, answer.Mode);
        Assert.Equal("AI-generated", answer.Label);
        Assert.Equal(["/openai/deployments/gpt-4o-mini/chat/completions"], host.Model.ChatPaths);
        Assert.Equal("azure-test-key", host.Model.ChatHeaders.Single()["api-key"].Single());
    }

    [Fact]
    public async Task An_azure_deployment_without_a_key_authenticates_with_an_entra_token()
    {
        using var host = new GenerativeHost(
            new Dictionary<string, string> { ["Llm:Provider"] = "azure-openai", ["Llm:Deployment"] = "gpt-4o-mini" },
            services => services.AddSingleton<TokenCredential>(new FixedTokenCredential("entra-test-token")));

        var answer = await host.Assistant.AskAsync(new Question("What does resolution 38/4 ask the Secretary General to do?"));

        Assert.Equal(AnswerMode.Generative, answer.Mode);
        Assert.Equal("Bearer entra-test-token", host.Model.ChatHeaders.Single()["Authorization"].Single());
        Assert.False(host.Model.ChatHeaders.Single().ContainsKey("api-key"));
    }

    /// <summary>Stands in for Entra ID, which issues the token a managed identity would get.</summary>
    private sealed class FixedTokenCredential(string token) : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(token, DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
