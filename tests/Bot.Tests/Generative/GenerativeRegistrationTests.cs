using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResBot.Bot.Generative;
using ResBot.Knowledge.Answers;

namespace ResBot.Bot.Tests.Generative;

public sealed class GenerativeRegistrationTests
{
    [Fact]
    public void With_no_model_configured_the_extractive_assistant_answers_alone()
    {
        var data = Directory.CreateTempSubdirectory("resbot-generative-off-").FullName;
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Data:Path", data));

        Assert.IsType<ResolutionAssistant>(factory.Services.GetRequiredService<IResolutionAssistant>());
        Assert.NotNull(factory.Services.GetRequiredService<IGenerativeUserContext>());
        GenerativeHost.DeleteFolder(data);
    }

    [Theory]
    [InlineData("azure", "http://localhost:1", "m", "not one of none, azure-openai, openai")]
    [InlineData("openai", "not a url", "m", "Llm:Endpoint")]
    [InlineData("openai", "http://localhost:1", "", "Llm:Model")]
    [InlineData("azure-openai", "https://x.openai.azure.com/", "", "Llm:Deployment")]
    public void A_model_configured_wrongly_is_refused_at_start_with_the_setting_named(string provider, string endpoint, string model, string message)
    {
        var data = Directory.CreateTempSubdirectory("resbot-generative-bad-").FullName;
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("Data:Path", data)
            .UseSetting("Llm:Provider", provider)
            .UseSetting("Llm:Endpoint", endpoint)
            .UseSetting("Llm:Model", model));

        var error = Assert.Throws<OptionsValidationException>(() => factory.Services);
        Assert.Contains(message, error.Message);
        GenerativeHost.DeleteFolder(data);
    }
}
