using ResBot.Knowledge.Answers;

namespace ResBot.Knowledge.Tests.Indexing;

/// <summary>
/// Issue 11, finding 3: a corpus folder that disappears keeps the last good snapshot serving and says so; a file
/// that turns bad keeps its last good version and is reported; a folder missing at start is reported, not served silently.
/// </summary>
public sealed class CorpusFaultTests : IDisposable
{
    private readonly string _corpusFolder = TestCorpus.CopyToTemporaryFolder();

    private const string Question = "What did 38/4 ask member states to do?";

    [Fact]
    public void A_corpus_folder_that_disappears_keeps_the_last_good_snapshot_serving_and_is_reported()
    {
        using var corpus = TestCorpus.Over(_corpusFolder);
        var before = corpus.Knowledge.Current;
        Assert.Null(corpus.Knowledge.CorpusProblem);

        Directory.Move(_corpusFolder, _corpusFolder + ".gone");
        try
        {
            var (snapshot, error) = corpus.Knowledge.Reload();

            Assert.Same(before, snapshot);
            Assert.IsType<DirectoryNotFoundException>(error);
            Assert.Contains("does not exist", corpus.Knowledge.CorpusProblem);
            Assert.Equal(["5", "6", "7"], corpus.Assistant.Ask(new Question(Question)).Clauses.Select(c => c.Citation.Paragraph));
        }
        finally
        {
            Directory.Move(_corpusFolder + ".gone", _corpusFolder);
        }
        corpus.Knowledge.Reload();
        Assert.Null(corpus.Knowledge.CorpusProblem);
    }

    [Fact]
    public void A_missing_corpus_folder_at_start_is_reported_not_served_silently()
    {
        using var corpus = TestCorpus.Over(_corpusFolder + ".never");

        Assert.Empty(corpus.Knowledge.Corpus.Resolutions);
        Assert.Contains("does not exist", corpus.Knowledge.CorpusProblem);
    }

    [Theory]
    [InlineData("emptied")]
    [InlineData("duplicate paragraph number")]
    public void A_file_that_turns_bad_keeps_its_last_good_version_and_is_reported(string damage)
    {
        using var corpus = TestCorpus.Over(_corpusFolder);
        var english = Path.Combine(_corpusFolder, "oic-cfm38-2011-inf-resolutions.en.txt");
        Assert.Equal("en", corpus.Assistant.Ask(new Question(Question)).Clauses[0].TextLanguage.ToString().ToLowerInvariant());

        var text = File.ReadAllText(english);
        File.WriteAllText(english, damage switch
        {
            "emptied" => "",
            _ => text.Replace("6. ", "5. "),
        });
        var (_, error) = corpus.Knowledge.Reload();

        Assert.Null(error);
        var kept = Assert.Single(corpus.Knowledge.KeptFiles);
        Assert.StartsWith("oic-cfm38-2011-inf-resolutions.en.txt: ", kept);
        var answer = corpus.Assistant.Ask(new Question(Question));
        Assert.Equal(["5", "6", "7"], answer.Clauses.Select(c => c.Citation.Paragraph));
        Assert.All(answer.Clauses, c => Assert.Equal(Model.Language.En, c.TextLanguage));

        File.WriteAllText(english, text);
        corpus.Knowledge.Reload();
        Assert.Empty(corpus.Knowledge.KeptFiles);
    }

    public void Dispose()
    {
        Directory.Delete(_corpusFolder, recursive: true);
    }
}
