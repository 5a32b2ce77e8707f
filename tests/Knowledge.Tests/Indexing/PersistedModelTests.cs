using Microsoft.Extensions.Options;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Corpus;
using ResBot.Knowledge.Indexing;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Tests.Indexing;

/// <summary>A start over a data folder that already holds this corpus's snapshot opens it instead of rebuilding it.</summary>
public sealed class PersistedModelTests : IDisposable
{
    private static readonly string[] Questions =
    [
        "What did 38/4 ask member states to do?",
        "What does the OIC say about the Digital Solidarity Fund?",
        "ماذا ورد بشأن صندوق التضامن الرقمي؟",
        "Que dit l'OCI à propos de la Journée de l'OCI ?",
        "paragraph 12 of 38/4",
        "which earlier resolutions does 38/4 build on?",
        "القرار الرابع، الفقرة السابعة",
        "What did resolution 37/3 say?",
        "paragraph 2 (a) of 38/4",
    ];

    private readonly string _corpusFolder = TestCorpus.CopyToTemporaryFolder();
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "resbot-tests-" + Guid.NewGuid().ToString("N"));

    private KnowledgeBase Start(int paragraphsInMemory = RecentParagraphs.DefaultBudget) =>
        new(Options.Create(new KnowledgeOptions { CorpusPath = _corpusFolder, DataPath = _dataFolder, ParagraphsInMemory = paragraphsInMemory }));

    private static List<string> Answers(KnowledgeBase knowledge) => AnswerSummary.Of(knowledge, Questions);

    private string ModelFile => Path.Combine(Assert.Single(Directory.GetDirectories(Path.Combine(_dataFolder, "index"))), CorpusModelFile.FileName);

    [Fact]
    public void A_second_start_over_an_unchanged_corpus_opens_the_persisted_model_and_answers_identically()
    {
        List<string> before;
        using (var first = Start())
        {
            Assert.False(first.Current.FromPersistedModel);
            before = Answers(first);
        }

        using var second = Start();

        Assert.True(second.Current.FromPersistedModel);
        Assert.Equal(before, Answers(second));
        Assert.Equal(4, second.Corpus.Resolutions.Count);
        Assert.Equal(3, second.Current.Reports.Count(r => r.Accepted));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    [InlineData("another version")]
    public void A_damaged_or_outdated_model_is_rebuilt_and_the_answers_stay_the_same(string damage)
    {
        List<string> before;
        using (var first = Start())
            before = Answers(first);
        var bytes = File.ReadAllBytes(ModelFile);
        File.WriteAllBytes(ModelFile, damage switch
        {
            "garbage" => [.. bytes.Take(40), .. Enumerable.Repeat((byte)0xFF, 4096)],
            "truncated" => bytes[..(bytes.Length / 2)],
            _ => OtherVersion(bytes),
        });

        using (var second = Start())
        {
            Assert.False(second.Current.FromPersistedModel);
            Assert.Equal(before, Answers(second));
        }
        using var third = Start();
        Assert.True(third.Current.FromPersistedModel);
        Assert.Equal(before, Answers(third));
    }

    [Theory]
    [InlineData("a letter of a title changed")]
    [InlineData("its last byte cut off")]
    [InlineData("its checksum cut off")]
    public void A_manifest_changed_in_place_or_cut_short_is_rebuilt_and_never_quoted_from(string damage)
    {
        List<string> before;
        string title;
        using (var first = Start())
        {
            before = Answers(first);
            title = first.Corpus.FindResolution("38/4")!.Titles[Language.En];
        }
        var bytes = File.ReadAllBytes(ModelFile);
        var at = bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(title));
        Assert.True(at >= 0, "the manifest holds the title as UTF-8");
        File.WriteAllBytes(ModelFile, damage switch
        {
            // Same length, still valid UTF-8, a plausible title: only a checksum tells it from the real one.
            "a letter of a title changed" => [.. bytes[..at], (byte)(bytes[at] == (byte)'X' ? 'Y' : 'X'), .. bytes[(at + 1)..]],
            "its last byte cut off" => bytes[..^1],
            _ => bytes[..^sizeof(ulong)],
        });

        using var second = Start();

        Assert.False(second.Current.FromPersistedModel);
        Assert.Equal(title, second.Corpus.FindResolution("38/4")!.Titles[Language.En]);
        Assert.Equal(before, Answers(second));
    }

    [Fact]
    public void Titles_opened_from_the_manifest_are_the_parsed_ones_in_every_language()
    {
        using (var first = Start())
            _ = first.Current;
        var parsed = CorpusLoader.ReadAll(CorpusLoader.CorpusFiles(_corpusFolder)).Reports.Where(r => r.Accepted).Select(r => r.Document!)
            .SelectMany(d => d.Resolutions.Select(r => (r.Key, d.Language, r.Title))).ToList();

        using var second = Start();

        Assert.True(second.Current.FromPersistedModel);
        Assert.NotEmpty(parsed);
        foreach (var (key, language, title) in parsed)
        {
            var titles = second.Corpus.FindResolution(key)!.Titles;
            Assert.Equal(title, titles[language]);
            Assert.True(titles.TryGetValue(language, out var found) && found == title);
            Assert.Contains(language, titles.Keys);
            Assert.Contains(new KeyValuePair<Language, string>(language, title), titles);
        }
        foreach (var resolution in second.Corpus.Resolutions)
        {
            Assert.Equal(resolution.Titles.Count, resolution.Titles.Keys.Count());
            Assert.Equal(resolution.Titles.Keys.Select(l => resolution.Titles[l]), resolution.Titles.Values);
            Assert.All(Enum.GetValues<Language>().Where(l => !resolution.Titles.ContainsKey(l)), l => Assert.False(resolution.Titles.TryGetValue(l, out _)));
        }
    }

    [Fact]
    public void Citations_opened_from_the_manifest_are_the_ones_the_paragraphs_print()
    {
        List<(string Key, int Paragraph, string Cite)> built;
        List<(string, string)> citingBuilt;
        using (var first = Start())
        {
            Assert.False(first.Current.FromPersistedModel);
            built = first.Corpus.Resolutions.SelectMany(r => r.Paragraphs.SelectMany((p, i) => p.Cites.Select(c => (r.Key, i, c)))).ToList();
            citingBuilt = first.Corpus.CitingParagraphs("37/3").Select(c => (c.Resolution.Key, c.Paragraph.Key)).ToList();
        }

        using var second = Start();

        Assert.True(second.Current.FromPersistedModel);
        Assert.NotEmpty(built);
        Assert.NotEmpty(citingBuilt);
        Assert.Equal(built, second.Corpus.Resolutions.SelectMany(r => StoredParagraphs.CitationsOf(r).Select(c => (r.Key, c.Paragraph, c.Cite))));
        Assert.Equal(citingBuilt, second.Corpus.CitingParagraphs("37/3").Select(c => (c.Resolution.Key, c.Paragraph.Key)));
    }

    [Fact]
    public void Paragraphs_read_from_the_model_on_demand_answer_as_the_build_did_even_when_none_stays_in_memory()
    {
        List<string> before;
        using (var first = Start())
            before = Answers(first);

        // A budget of one paragraph: nearly every use reads its resolution's paragraphs from the part again.
        using var second = Start(paragraphsInMemory: 1);

        Assert.True(second.Current.FromPersistedModel);
        Assert.Equal(before, Answers(second));
        Assert.Equal(before, Answers(second));
    }

    [Fact]
    public void A_paragraph_in_use_is_the_same_object_when_its_resolution_is_asked_again()
    {
        using (var first = Start())
            _ = first.Current;
        using var knowledge = Start(paragraphsInMemory: 1);
        var resolution = knowledge.Corpus.FindResolution("38/4")!;
        var held = resolution.Paragraphs[3];

        // The other resolutions' reads push 38/4's out of the budget; only the paragraph held keeps it.
        foreach (var other in knowledge.Corpus.Resolutions.Where(r => r != resolution))
            _ = other.Paragraphs[0];
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.Same(held, resolution.Paragraphs[3]);
        Assert.Contains(held, resolution.Paragraphs.Distinct());
    }

    [Fact]
    public void A_damaged_file_of_document_slots_is_not_trusted_and_the_answers_stay_the_same()
    {
        List<string> before;
        using (var first = Start())
            before = Answers(first);
        var slots = Assert.Single(Directory.GetFiles(Path.GetDirectoryName(ModelFile)!, ClauseIndex.DocSlotsPrefix + "*"));
        // Every document's slot swapped with the next one's: the file's checksum and the doc values both disagree.
        var bytes = File.ReadAllBytes(slots);
        var array = bytes.AsSpan(bytes.Length - 16 - 4 * 40, 4 * 40);
        Span<byte> swap = stackalloc byte[4];
        for (var i = 0; i + 8 <= array.Length; i += 8)
        {
            array.Slice(i, 4).CopyTo(swap);
            array.Slice(i + 4, 4).CopyTo(array.Slice(i, 4));
            swap.CopyTo(array.Slice(i + 4, 4));
        }
        File.WriteAllBytes(slots, bytes);

        using var second = Start();

        Assert.True(second.Current.FromPersistedModel);
        Assert.Equal(before, Answers(second));
    }

    [Fact]
    public void Files_touched_but_unchanged_are_read_once_for_their_hash_and_the_next_start_opens_the_model_again()
    {
        List<string> before;
        using (var first = Start())
            before = Answers(first);
        foreach (var file in Directory.GetFiles(_corpusFolder))
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(5));

        using (var second = Start())
        {
            Assert.False(second.Current.FromPersistedModel);
            Assert.Equal(before, Answers(second));
        }
        using var third = Start();
        Assert.True(third.Current.FromPersistedModel);
    }

    [Fact]
    public void A_file_that_turns_bad_after_a_start_from_the_model_keeps_its_last_good_version()
    {
        using (var first = Start())
            _ = first.Current;
        using var knowledge = Start();
        Assert.True(knowledge.Current.FromPersistedModel);

        File.WriteAllText(Path.Combine(_corpusFolder, "oic-cfm38-2011-inf-resolutions.en.txt"), "");
        var (_, error) = knowledge.Reload();

        Assert.Null(error);
        Assert.StartsWith("oic-cfm38-2011-inf-resolutions.en.txt: ", Assert.Single(knowledge.KeptFiles));
        var answer = new ResolutionAssistant(knowledge).Ask(new Question("What did 38/4 ask member states to do?"));
        Assert.Equal(["5", "6", "7"], answer.Clauses.Select(c => c.Citation.Paragraph));
        Assert.All(answer.Clauses, c => Assert.Equal(Language.En, c.TextLanguage));
    }

    [Fact]
    public void A_changed_file_is_read_and_answers_from_its_new_text()
    {
        using (var first = Start())
            _ = first.Current;
        File.AppendAllText(Path.Combine(_corpusFolder, "oic-cfm38-2011-inf-resolutions.en.txt"), "\n");
        File.WriteAllText(Path.Combine(_corpusFolder, "cfm39.en.txt"),
            "---\nsymbol: OIC/CFM-39/2012/INF/RES/FINAL\nlanguage: en\nstatus: authoritative\n---\n" +
            "RESOLUTION No. 1/39-INF\nON\nMedia literacy\n\nRecalling resolution 38/1-INF;\n\n1. Urges member States to promote media literacy in schools.\n");

        using var second = Start();

        Assert.False(second.Current.FromPersistedModel);
        Assert.Equal("39/1", second.Corpus.Resolutions[0].Key);
    }

    [Fact]
    public void An_index_built_from_other_files_beside_the_model_is_rebuilt_not_served_with_it()
    {
        List<string> before;
        using (var first = Start())
            before = Answers(first);
        var folder = Path.GetDirectoryName(ModelFile)!;
        // Another corpus with as many paragraphs (one word changed): counting the index's documents cannot tell them apart.
        var otherCorpus = TestCorpus.CopyToTemporaryFolder();
        var otherData = Path.Combine(Path.GetTempPath(), "resbot-tests-" + Guid.NewGuid().ToString("N"));
        try
        {
            var english = Path.Combine(otherCorpus, "oic-cfm38-2011-inf-resolutions.en.txt");
            File.WriteAllText(english, File.ReadAllText(english).Replace("Solidarity", "Cooperation"));
            using (var other = new KnowledgeBase(Options.Create(new KnowledgeOptions { CorpusPath = otherCorpus, DataPath = otherData })))
                _ = other.Current;
            var otherFolder = Assert.Single(Directory.GetDirectories(Path.Combine(otherData, "index")));
            foreach (var file in Directory.GetFiles(folder).Where(IsLuceneFile))
                File.Delete(file);
            foreach (var file in Directory.GetFiles(otherFolder).Where(IsLuceneFile))
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
        finally
        {
            Directory.Delete(otherCorpus, recursive: true);
            Directory.Delete(otherData, recursive: true);
        }

        using var second = Start();

        Assert.Equal(before, Answers(second));
        Assert.Contains(Directory.GetDirectories(Path.Combine(_dataFolder, "index")), f => f.Contains(".damaged-", StringComparison.Ordinal));
    }

    private static bool IsLuceneFile(string path) =>
        Path.GetFileName(path) is not (CorpusModelFile.FileName or "complete" or "stamp") && !Path.GetFileName(path).StartsWith(CorpusModelFile.TextFilePrefix, StringComparison.Ordinal) && !Path.GetFileName(path).StartsWith(CorpusModelFile.PartFilePrefix, StringComparison.Ordinal);

    /// <summary>The same bytes with the format version after the magic string bumped.</summary>
    private static byte[] OtherVersion(byte[] bytes)
    {
        var copy = bytes.ToArray();
        var versionAt = 1 + "ResBot corpus model".Length;
        BitConverter.GetBytes(CorpusModelFile.FormatVersion + 1).CopyTo(copy, versionAt);
        return copy;
    }

    public void Dispose()
    {
        Directory.Delete(_corpusFolder, recursive: true);
        if (Directory.Exists(_dataFolder))
            Directory.Delete(_dataFolder, recursive: true);
    }
}
