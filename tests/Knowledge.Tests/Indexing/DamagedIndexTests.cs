using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Options;
using ResBot.Knowledge.Answers;
using Directory = System.IO.Directory;

namespace ResBot.Knowledge.Tests.Indexing;

/// <summary>
/// A persisted index that no longer opens (issue 11, finding 2) is moved aside and rebuilt from the corpus at the
/// next start, instead of stopping the host at every start. One made by an older version is not damaged: it is
/// rebuilt and the old one removed, with no ".damaged-" copy kept beside it.
/// </summary>
public sealed class DamagedIndexTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "resbot-damaged-" + Guid.NewGuid().ToString("N"));

    private KnowledgeBase Start() =>
        new(Options.Create(new KnowledgeOptions { CorpusPath = TestCorpus.BundledFolder, DataPath = _data }));

    public static TheoryData<string> Damages => ["zeroed segments_N", "truncated compound file", "emptied segments_N"];

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_damaged_index_is_moved_aside_and_rebuilt_and_answers_still_come(string damage)
    {
        string indexFolder;
        using (var first = Start())
        {
            _ = first.Current;
            indexFolder = Assert.Single(Directory.GetDirectories(Path.Combine(_data, "index")));
        }
        Damage(indexFolder, damage);

        using var second = Start();
        var answer = new ResolutionAssistant(second).Ask(new Question("What did 38/4 ask member states to do?"));

        Assert.Equal(["5", "6", "7"], answer.Clauses.Select(c => c.Citation.Paragraph));
        var folders = Directory.GetDirectories(Path.Combine(_data, "index")).Select(Path.GetFileName).ToList();
        Assert.Contains(Path.GetFileName(indexFolder), folders);
        Assert.Contains(folders, f => f!.StartsWith(Path.GetFileName(indexFolder) + ".damaged-", StringComparison.Ordinal));
    }

    [Fact]
    public void An_index_whose_commit_lacks_what_this_version_records_is_rebuilt_and_not_kept_as_damaged()
    {
        string indexFolder;
        using (var first = Start())
        {
            _ = first.Current;
            indexFolder = Assert.Single(Directory.GetDirectories(Path.Combine(_data, "index")));
        }
        WriteAsAnOlderVersion(indexFolder);

        using var second = Start();
        var answer = new ResolutionAssistant(second).Ask(new Question("What did 38/4 ask member states to do?"));

        Assert.Equal(["5", "6", "7"], answer.Clauses.Select(c => c.Citation.Paragraph));
        Assert.Equal([Path.GetFileName(indexFolder)], Directory.GetDirectories(Path.Combine(_data, "index")).Select(Path.GetFileName));
    }

    /// <summary>Commits the index again without the content hash and slot layout, as versions before them wrote it.</summary>
    private static void WriteAsAnOlderVersion(string folder)
    {
        using var directory = FSDirectory.Open(folder);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { OpenMode = OpenMode.APPEND });
        writer.SetCommitData(new Dictionary<string, string>());
        writer.Commit();
    }

    private static void Damage(string folder, string damage)
    {
        var segments = Directory.GetFiles(folder, "segments_*").Single();
        switch (damage)
        {
            case "zeroed segments_N":
                using (var stream = File.OpenWrite(segments))
                {
                    stream.Position = 4;
                    stream.Write(new byte[8]);
                }
                break;
            case "truncated compound file":
                var compound = Directory.GetFiles(folder, "*.cfs").OrderByDescending(f => new FileInfo(f).Length).First();
                using (var stream = new FileStream(compound, FileMode.Open))
                    stream.SetLength(stream.Length / 2);
                break;
            default:
                File.WriteAllBytes(segments, []);
                break;
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
