using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResBot.Bot.Hosting;
using ResBot.Bot.Storage;
using ResBot.Knowledge;

namespace ResBot.Bot.Tests.Hosting;

public sealed class KnowledgeRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddOptions<DataOptions>().BindConfiguration(DataOptions.Section);
        services.AddOptions<CorpusOptions>().BindConfiguration(CorpusOptions.Section);
        services.AddResBotKnowledge();
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Paragraphs_in_memory_is_read_from_its_setting_and_the_folders_from_corpus_and_data()
    {
        using var provider = Build(new()
        {
            ["Knowledge:ParagraphsInMemory"] = "250",
            ["Knowledge:CorpusPath"] = "/not/this",
            ["Corpus:Path"] = "/srv/corpus",
            ["Data:Path"] = "/srv/data",
        });

        var options = provider.GetRequiredService<IOptions<KnowledgeOptions>>().Value;

        Assert.Equal(250, options.ParagraphsInMemory);
        Assert.Equal(Path.GetFullPath("/srv/corpus"), options.CorpusPath);
        Assert.Equal(Path.GetFullPath("/srv/data"), options.DataPath);
    }

    [Fact]
    public void A_negative_paragraphs_in_memory_is_refused_with_the_setting_named()
    {
        using var provider = Build(new() { ["Knowledge:ParagraphsInMemory"] = "-1" });

        // The host runs this validation at start (ValidateOnStart); here it runs on first read.
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<KnowledgeOptions>>().Value);
        Assert.Contains("Knowledge:ParagraphsInMemory", error.Message);
    }
}
