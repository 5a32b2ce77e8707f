using Microsoft.Extensions.Options;
using ResBot.Knowledge.Answers;

namespace ResBot.Knowledge.Tests;

/// <summary>The bundled corpus, loaded once for the tests that only read it; each instance has its own data folder.</summary>
public sealed class TestCorpus : IDisposable
{
    public static readonly string BundledFolder = Path.Combine(AppContext.BaseDirectory, "corpus");

    public TestCorpus() : this(BundledFolder)
    {
    }

    private TestCorpus(string corpusFolder)
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "resbot-tests-" + Guid.NewGuid().ToString("N"));
        Knowledge = new KnowledgeBase(Options.Create(new KnowledgeOptions { CorpusPath = corpusFolder, DataPath = DataFolder }));
        Assistant = new ResolutionAssistant(Knowledge);
    }

    /// <summary>A corpus over another folder, with its own data folder.</summary>
    public static TestCorpus Over(string corpusFolder) => new(corpusFolder);

    public string DataFolder { get; }

    public KnowledgeBase Knowledge { get; }

    public ResolutionAssistant Assistant { get; }

    public static string ArabicSeed => File.ReadAllText(Path.Combine(BundledFolder, "oic-cfm38-2011-inf-resolutions.ar.txt"));

    public static string EnglishVersion => File.ReadAllText(Path.Combine(BundledFolder, "oic-cfm38-2011-inf-resolutions.en.txt"));

    public static string FrenchVersion => File.ReadAllText(Path.Combine(BundledFolder, "oic-cfm38-2011-inf-resolutions.fr.txt"));

    /// <summary>A temporary corpus folder holding copies of the bundled files, for tests that change it.</summary>
    public static string CopyToTemporaryFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "resbot-corpus-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(BundledFolder, "*.txt"))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return folder;
    }

    public void Dispose()
    {
        Knowledge.Dispose();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BundledCorpusCollection : ICollectionFixture<TestCorpus>
{
    public const string Name = "bundled corpus";
}
