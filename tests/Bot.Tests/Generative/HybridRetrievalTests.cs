using Microsoft.Extensions.DependencyInjection;
using ResBot.Bot.Generative;
using ResBot.Knowledge;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Tests.Generative;

/// <summary>`Llm:EmbeddingDeployment` set: paragraph embeddings from a deterministic fake, kept by text hash, fused by rank.</summary>
public sealed class HybridRetrievalTests : IDisposable
{
    private readonly string sharedData = Directory.CreateTempSubdirectory("resbot-hybrid-").FullName;

    private Dictionary<string, string> Settings(bool sharedFolder = false)
    {
        var settings = new Dictionary<string, string> { ["Llm:EmbeddingDeployment"] = "fake-embedding", ["Llm:MaxClausesInPrompt"] = "4" };
        if (sharedFolder)
            settings["Data:Path"] = sharedData;
        return settings;
    }

    private static string TextOf(GenerativeHost host, string resolution, string paragraph, Language language) =>
        host.Services.GetRequiredService<KnowledgeBase>().Corpus.FindResolution(resolution)!.FindParagraph(paragraph)!.Texts[language];

    [Fact]
    public async Task Dense_retrieval_ranks_first_the_paragraph_nearest_to_the_query()
    {
        using var host = new GenerativeHost(Settings());
        var retriever = host.Services.GetRequiredService<IDenseRetriever>();

        var hits = await retriever.SearchAsync(TextOf(host, "38/4", "8", Language.En), Language.En, 3, CancellationToken.None);

        Assert.Equal("38/4 ¶8", hits[0].Citation.ShortKey);
        Assert.Equal(Language.En, hits[0].TextLanguage);
        Assert.Equal(3, hits.Count);
    }

    [Fact]
    public async Task Paragraph_vectors_are_computed_once_and_kept_under_the_data_folder()
    {
        var query = "information media cooperation";
        int embeddedAtFirst;
        using (var first = new GenerativeHost(Settings(sharedFolder: true)))
        {
            await first.Services.GetRequiredService<IDenseRetriever>().SearchAsync(query, Language.En, 3, CancellationToken.None);
            embeddedAtFirst = first.Model.EmbeddedTexts.Count;
        }

        using var second = new GenerativeHost(Settings(sharedFolder: true));
        await second.Services.GetRequiredService<IDenseRetriever>().SearchAsync(query, Language.En, 3, CancellationToken.None);

        Assert.True(embeddedAtFirst > 50, $"only {embeddedAtFirst} texts embedded");
        Assert.Equal([query], second.Model.EmbeddedTexts);
        Assert.Single(Directory.GetFiles(Path.Combine(sharedData, "generative"), "embeddings-fake-embedding.bin"));
    }

    [Fact]
    public async Task The_prompt_fuses_the_extractive_clauses_with_the_nearest_paragraphs()
    {
        using var host = new GenerativeHost(Settings());
        const string question = "What does resolution 38/4 ask the Secretary General to do?";
        var extractive = await new ResolutionAssistant(host.Services.GetRequiredService<KnowledgeBase>()).AskAsync(new Question(question));

        var answer = await host.Assistant.AskAsync(new Question(question));

        var keys = host.Model.AnswerRequests.Single().ClauseKeys;
        Assert.Equal(4, keys.Count);
        Assert.Subset(keys.ToHashSet(), extractive.Clauses.Select(c => c.Citation.ShortKey).ToHashSet());
        Assert.Equal(AnswerMode.Generative, answer.Mode);
    }

    [Fact]
    public async Task After_a_corpus_reload_dense_hits_quote_the_corpus_as_it_now_is()
    {
        var corpus = Directory.CreateTempSubdirectory("resbot-hybrid-corpus-").FullName;
        try
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "corpus"), "*.txt"))
                File.Copy(file, Path.Combine(corpus, Path.GetFileName(file)));
            var settings = Settings();
            settings["Corpus:Path"] = corpus;
            using var host = new GenerativeHost(settings);
            var retriever = host.Services.GetRequiredService<IDenseRetriever>();
            var frenchText = TextOf(host, "38/4", "8", Language.Fr);
            var before = await retriever.SearchAsync(frenchText, Language.Fr, 1, CancellationToken.None);

            File.Delete(Directory.GetFiles(corpus, "*.fr.txt").Single());
            host.Services.GetRequiredService<KnowledgeBase>().Reload();
            var after = await retriever.SearchAsync(frenchText, Language.Fr, 1, CancellationToken.None);

            Assert.Equal(Language.Fr, before[0].TextLanguage);
            Assert.NotEqual(Language.Fr, after[0].TextLanguage);
            Assert.DoesNotContain(host.Services.GetRequiredService<KnowledgeBase>().Corpus.Resolutions
                .SelectMany(r => r.Paragraphs), p => p.Texts.ContainsKey(Language.Fr));
        }
        finally
        {
            GenerativeHost.DeleteFolder(corpus);
        }
    }

    [Fact]
    public async Task Without_an_embedding_deployment_no_dense_retrieval_is_registered()
    {
        using var host = new GenerativeHost();

        await host.Assistant.AskAsync(new Question("What does resolution 38/4 ask the Secretary General to do?"));

        Assert.Null(host.Services.GetService<IDenseRetriever>());
        Assert.Empty(host.Model.EmbeddedTexts);
    }

    public void Dispose() => GenerativeHost.DeleteFolder(sharedData);
}
