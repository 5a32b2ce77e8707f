using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Tests.Indexing;

public sealed class IndexLifecycleTests : IDisposable
{
    private readonly string _corpusFolder = TestCorpus.CopyToTemporaryFolder();

    private const string ExtraDocument =
        "---\nsymbol: OIC/CFM-39/2012/INF/RES/FINAL\nlanguage: en\nstatus: authoritative\n---\n" +
        "RESOLUTION No. 1/39-INF\nON\nMedia literacy\n\nRecalling resolution 38/1-INF;\n\n1. Urges member States to promote media literacy in schools.\n";

    [Fact]
    public void The_index_is_persisted_and_reused_while_the_corpus_is_unchanged()
    {
        using var first = TestCorpus.Over(_corpusFolder);
        var hash = first.Knowledge.Current.ContentHash;
        var folders = Directory.GetDirectories(Path.Combine(first.DataFolder, "index"));
        Assert.Single(folders);
        var written = Directory.GetLastWriteTimeUtc(folders[0]);

        var (snapshot, error) = first.Knowledge.Reload();
        Assert.Null(error);
        Assert.Equal(hash, snapshot.ContentHash);
        Assert.Equal(written, Directory.GetLastWriteTimeUtc(folders[0]));
    }

    [Fact]
    public void A_new_document_is_indexed_on_reload_and_answers_questions()
    {
        using var corpus = TestCorpus.Over(_corpusFolder);
        Assert.Equal(4, corpus.Knowledge.Corpus.Resolutions.Count);

        File.WriteAllText(Path.Combine(_corpusFolder, "cfm39.en.txt"), ExtraDocument);
        var (snapshot, error) = corpus.Knowledge.Reload();

        Assert.Null(error);
        Assert.Equal(5, snapshot.Corpus.Resolutions.Count);
        Assert.Equal("39/1", snapshot.Corpus.Resolutions[0].Key);
        var answer = corpus.Assistant.Ask(new Question("What did 39/1 urge member states to do?"));
        Assert.Equal("39/1", Assert.Single(answer.Clauses).Citation.Resolution);
    }

    [Fact]
    public void A_broken_file_is_left_out_whole_and_the_rest_still_serves()
    {
        File.WriteAllText(Path.Combine(_corpusFolder, "broken.txt"), "OIC/CFM-40/2013/INF/RES/FINAL\n\nRESOLUTION No. 1/40-INF\nON\nX\n\nRecalling;\n\n1. Decides;\n\n1. Requests;\n");
        using var corpus = TestCorpus.Over(_corpusFolder);

        Assert.Equal(4, corpus.Knowledge.Corpus.Resolutions.Count);
        var refused = Assert.Single(corpus.Knowledge.Current.Reports, r => !r.Accepted);
        Assert.Contains("broken.txt:11", refused.Errors[0].ToString());
        Assert.Null(corpus.Knowledge.Corpus.FindResolution("40/1"));
    }

    [Fact]
    public void A_failed_rebuild_leaves_the_previous_index_serving()
    {
        using var corpus = TestCorpus.Over(_corpusFolder);
        var before = corpus.Knowledge.Current;

        // Make the index folder unusable: the rebuild cannot create its new index beside the old one.
        var indexRoot = Path.Combine(corpus.DataFolder, "index");
        Directory.Move(indexRoot, indexRoot + ".moved");
        File.WriteAllText(indexRoot, "not a folder");
        File.WriteAllText(Path.Combine(_corpusFolder, "cfm39.en.txt"), ExtraDocument);

        var (snapshot, error) = corpus.Knowledge.Reload();

        Assert.NotNull(error);
        Assert.Same(before, snapshot);
        Assert.Equal(["5", "6", "7"], corpus.Assistant.Ask(new Question("What did 38/4 ask member states to do?")).Clauses.Select(c => c.Citation.Paragraph));
    }

    [Fact]
    public void A_corpus_in_one_language_only_answers_other_languages_with_the_authoritative_text()
    {
        var arabicOnly = Path.Combine(Path.GetTempPath(), "resbot-ar-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(arabicOnly);
        File.Copy(Path.Combine(TestCorpus.BundledFolder, "oic-cfm38-2011-inf-resolutions.ar.txt"), Path.Combine(arabicOnly, "ar.txt"));
        using var corpus = TestCorpus.Over(arabicOnly);

        var answer = corpus.Assistant.Ask(new Question("What did 38/4 ask member states to do?"));

        Assert.Equal(Language.En, answer.Language);
        Assert.Equal(["5", "6", "7"], answer.Clauses.Select(c => c.Citation.Paragraph));
        Assert.All(answer.Clauses, c => Assert.Equal((Language.Ar, true), (c.TextLanguage, c.IsAuthoritative)));
        Assert.Contains(answer.Notes, n => n.Contains("authoritative Arabic"));
    }

    public void Dispose()
    {
        Directory.Delete(_corpusFolder, recursive: true);
    }
}
