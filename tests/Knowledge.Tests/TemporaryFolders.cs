using Microsoft.Extensions.Options;

namespace ResBot.Knowledge.Tests;

/// <summary>Corpus and data folders made for one test class's facts, all removed when it is disposed.</summary>
public sealed class TemporaryFolders : IDisposable
{
    private readonly List<string> _folders = [];

    /// <summary>A new empty folder.</summary>
    public string New()
    {
        var folder = Path.Combine(Path.GetTempPath(), "resbot-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        _folders.Add(folder);
        return folder;
    }

    /// <summary>A new folder holding copies of the bundled corpus files (<see cref="TestCorpus.CopyToTemporaryFolder"/>).</summary>
    public string CopyOfTestCorpus()
    {
        var corpus = TestCorpus.CopyToTemporaryFolder();
        _folders.Add(corpus);
        return corpus;
    }

    /// <summary>A knowledge base over <paramref name="corpus"/>, keeping its index and model in <paramref name="data"/>.</summary>
    public static KnowledgeBase Start(string corpus, string data) =>
        new(Options.Create(new KnowledgeOptions { CorpusPath = corpus, DataPath = data }));

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
