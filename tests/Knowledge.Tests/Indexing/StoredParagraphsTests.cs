using Microsoft.Extensions.Options;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Corpus;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Tests.Indexing;

/// <summary>
/// Paragraphs read from a persisted model's parts on first use: a long resolution still opens, and damaged bytes in a
/// part or a text file are refused (never quoted under another paragraph's citation), answered with a notice and rebuilt.
/// </summary>
public sealed class StoredParagraphsTests : IDisposable
{
    private const string Question38To4 = "What did 38/4 ask member states to do?";

    private readonly List<string> _folders = [];

    private string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "resbot-stored-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        _folders.Add(folder);
        return folder;
    }

    private string CopyOfTestCorpus()
    {
        var corpus = TestCorpus.CopyToTemporaryFolder();
        _folders.Add(corpus);
        return corpus;
    }

    private static KnowledgeBase Start(string corpus, string data) =>
        new(Options.Create(new KnowledgeOptions { CorpusPath = corpus, DataPath = data }));

    private static string SnapshotFolder(string data) =>
        Assert.Single(Directory.GetDirectories(Path.Combine(data, "index")), f => !f.Contains(".damaged-", StringComparison.Ordinal));

    private static string PartOf(string data) => Assert.Single(Directory.GetFiles(SnapshotFolder(data), CorpusModelFile.PartFilePrefix + "*"));

    [Fact]
    public void A_corpus_whose_last_resolution_has_many_paragraphs_opens_its_persisted_model_on_the_next_start()
    {
        var (corpus, data) = (NewFolder(), NewFolder());
        var operative = string.Join("\n\n", Enumerable.Range(1, 150).Select(i => $"{i}. Requests the Secretary-General to report on the media programme number {i}."));
        File.WriteAllText(Path.Combine(corpus, "cfm50.en.txt"),
            "---\nsymbol: OIC/CFM-50/2024/INF/RES/FINAL\nlanguage: en\nstatus: authoritative\n---\n" +
            "RESOLUTION No. 1/50-INF\nON\nMedia programmes\n\nRecalling resolution 38/1-INF;\n\n" + operative + "\n");
        using (var first = Start(corpus, data))
            Assert.Equal(150, first.Corpus.Resolutions.Single().Operative.Count());

        using var second = Start(corpus, data);

        Assert.True(second.Current.FromPersistedModel);
        Assert.Equal(150, second.Corpus.Resolutions.Single().Operative.Count());
    }

    public void Dispose()
    {
        foreach (var folder in _folders)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
