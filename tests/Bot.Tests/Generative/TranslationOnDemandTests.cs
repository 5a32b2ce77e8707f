using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Tests.Generative;

/// <summary>With only the Arabic version in the corpus, an English question gets its cited clauses machine-translated.</summary>
public sealed class TranslationOnDemandTests : IDisposable
{
    private const string Question = "What does resolution 38/4 ask the Secretary General to do?";
    private readonly string arabicOnlyCorpus = Directory.CreateTempSubdirectory("resbot-corpus-ar-").FullName;
    private readonly string sharedData = Directory.CreateTempSubdirectory("resbot-generative-shared-").FullName;

    public TranslationOnDemandTests()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "corpus"), "*.ar.txt"))
            File.Copy(file, Path.Combine(arabicOnlyCorpus, Path.GetFileName(file)));
    }

    [Fact]
    public async Task A_cited_clause_missing_in_the_user_s_language_is_machine_translated_labelled_and_translated_once()
    {
        using var host = new GenerativeHost(new Dictionary<string, string> { ["Corpus:Path"] = arabicOnlyCorpus });

        var first = await host.Assistant.AskAsync(new Question(Question));
        var second = await host.Assistant.AskAsync(new Question(Question));

        Assert.Equal(Language.En, first.Language);
        Assert.Equal(AnswerMode.Generative, first.Mode);
        var clause = Assert.Single(first.Clauses);
        Assert.True(clause.IsMachineTranslation);
        Assert.False(clause.IsAuthoritative);
        Assert.Equal(Language.En, clause.TextLanguage);
        Assert.StartsWith(FakeOpenAIServer.TranslationPrefix, clause.Text);
        Assert.Contains("Unofficial machine translation of texts not available in English.", first.Notes);
        Assert.DoesNotContain(first.Notes, n => n.StartsWith("Some paragraphs have no English version", StringComparison.Ordinal));

        var translation = Assert.Single(host.Model.TranslationRequests);
        Assert.Contains("from Arabic into English", translation.System);
        Assert.Equal(clause.Text, second.Clauses.Single().Text);
        Assert.True(File.Exists(Path.Combine(host.DataPath, "generative", "translations.json")));
    }

    [Fact]
    public async Task A_machine_translated_clause_carries_no_highlight_from_the_original_wording()
    {
        using var host = new GenerativeHost(new Dictionary<string, string> { ["Corpus:Path"] = arabicOnlyCorpus });

        var answer = await host.Assistant.AskAsync(new Question("When is OIC Day?"));

        var clause = Assert.Single(answer.Clauses, c => c.IsMachineTranslation);
        Assert.Empty(clause.Highlights);
        Assert.Null(clause.Match);
    }

    [Fact]
    public async Task A_translation_kept_under_the_data_folder_is_reused_by_the_next_process()
    {
        var settings = new Dictionary<string, string> { ["Corpus:Path"] = arabicOnlyCorpus, ["Data:Path"] = sharedData };
        using (var before = new GenerativeHost(settings))
            await before.Assistant.AskAsync(new Question(Question));

        using var after = new GenerativeHost(settings);
        var answer = await after.Assistant.AskAsync(new Question(Question));

        Assert.True(answer.Clauses.Single().IsMachineTranslation);
        Assert.Empty(after.Model.TranslationRequests);
    }

    [Fact]
    public async Task A_clause_the_corpus_has_in_the_user_s_language_is_quoted_as_printed()
    {
        using var host = new GenerativeHost();

        var answer = await host.Assistant.AskAsync(new Question(Question));

        Assert.False(answer.Clauses.Single().IsMachineTranslation);
        Assert.Empty(host.Model.TranslationRequests);
    }

    public void Dispose()
    {
        GenerativeHost.DeleteFolder(arabicOnlyCorpus);
        GenerativeHost.DeleteFolder(sharedData);
    }
}
