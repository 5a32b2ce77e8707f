using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Options;
using ResBot.Knowledge.Answers;

namespace ResBot.Knowledge.Tests.Indexing;

/// <summary>
/// A data folder made by an older version is not damaged: its index is rebuilt and the old one removed, with no
/// ".damaged-" copy kept beside it (that is for an index that really is broken, see <see cref="DamagedIndexTests"/>).
/// </summary>
public sealed class OlderIndexTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "resbot-older-" + Guid.NewGuid().ToString("N"));

    private KnowledgeBase Start() =>
        new(Options.Create(new KnowledgeOptions { CorpusPath = TestCorpus.BundledFolder, DataPath = _data }));

    [Fact]
    public void An_index_whose_commit_lacks_what_this_version_records_is_rebuilt_and_not_kept_as_damaged()
    {
        string indexFolder;
        using (var first = Start())
        {
            _ = first.Current;
            indexFolder = Assert.Single(System.IO.Directory.GetDirectories(Path.Combine(_data, "index")));
        }
        WriteAsAnOlderVersion(indexFolder);

        using var second = Start();
        var answer = new ResolutionAssistant(second).Ask(new Question("What did 38/4 ask member states to do?"));

        Assert.Equal(["5", "6", "7"], answer.Clauses.Select(c => c.Citation.Paragraph));
        Assert.Equal([Path.GetFileName(indexFolder)], System.IO.Directory.GetDirectories(Path.Combine(_data, "index")).Select(Path.GetFileName));
    }

    /// <summary>Commits the index again without the content hash and slot layout, as versions before them wrote it.</summary>
    private static void WriteAsAnOlderVersion(string folder)
    {
        using var directory = FSDirectory.Open(folder);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { OpenMode = OpenMode.APPEND });
        writer.SetCommitData(new Dictionary<string, string>());
        writer.Commit();
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
