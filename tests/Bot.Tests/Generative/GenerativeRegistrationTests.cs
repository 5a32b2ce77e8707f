using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResBot.Bot.Generative;
using ResBot.Bot.Telemetry;
using ResBot.Knowledge.Answers;

namespace ResBot.Bot.Tests.Generative;

public sealed class GenerativeRegistrationTests
{
    [Fact]
    public void With_no_model_configured_the_extractive_assistant_answers_alone()
    {
        var data = Directory.CreateTempSubdirectory("resbot-generative-off-").FullName;
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Data:Path", data));

        // Measured (the outermost decorator), but answered by the core with nothing generative between.
        var measured = Assert.IsType<InstrumentedResolutionAssistant>(factory.Services.GetRequiredService<IResolutionAssistant>());
        Assert.IsType<ResolutionAssistant>(measured.Inner);
        Assert.NotNull(factory.Services.GetRequiredService<IGenerativeUserContext>());
        GenerativeHost.DeleteFolder(data);
    }

    [Fact]
    public void Adding_the_generative_services_twice_decorates_the_core_once()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "openai",
            ["Llm:Endpoint"] = "http://localhost:1",
            ["Llm:Model"] = "m",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IResolutionAssistant, ResolutionAssistant>();

        services.AddResBotGenerative(configuration);
        services.AddResBotGenerative(configuration);

        Assert.Single(services, d => d.ServiceType == typeof(IResolutionAssistant));
        Assert.Single(services, d => d.ServiceType == typeof(ChatModel));
    }

    [Theory]
    [InlineData("azure", "http://localhost:1", "m", "is not a provider ResBot knows")]
    [InlineData("openai", "not a url", "m", "Llm:Endpoint")]
    [InlineData("openai", "http://localhost:1", "", "Llm:Model")]
    [InlineData("azure-openai", "https://x.openai.azure.com/", "", "Llm:Deployment")]
    public void A_model_configured_wrongly_is_refused_with_the_setting_named(string provider, string endpoint, string model, string message)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Llm:Provider"] = provider,
            ["Llm:Endpoint"] = endpoint,
            ["Llm:Model"] = model,
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddResBotGenerative(configuration);
        using var built = services.BuildServiceProvider();

        // The host runs this validation at start (ValidateOnStart); here it runs on first read.
        var error = Assert.Throws<OptionsValidationException>(() => built.GetRequiredService<IOptions<LlmOptions>>().Value);
        Assert.Contains(message, error.Message);
    }
}
