using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Corpus;
using ResBot.Knowledge.Model;
using static ResBot.Knowledge.Tests.TemporaryFolders;

namespace ResBot.Knowledge.Tests.Indexing;

/// <summary>
/// A reload after a document was added, changed or removed updates the index and the corpus model for that document
/// only, and answers exactly as a build from scratch over the same files would; a start after the update opens it.
/// </summary>
public sealed class IncrementalUpdateTests : IDisposable
{
    private static readonly string[] Questions =
    [
        "What did 38/4 ask member states to do?",
        "What did 39/4 ask member states to do?",
        "What did 40/2 ask member states to do?",
        "What does the OIC say about the Digital Solidarity Fund?",
        "What about cooperation in the Digital Fund?",
        "ماذا ورد بشأن صندوق التضامن الرقمي؟",
        "Que dit l'OCI à propos de la Journée de l'OCI ?",
        "What did the resolutions ask member states to do?",
        "What was the Secretary General requested to do?",
        "paragraph 2 (a) of 39/4",
        "which earlier resolutions does 40/1 build on?",
        "What cites 37/1?",
    ];

    private readonly TemporaryFolders _folders = new();

    /// <summary>The bundled document renumbered as session <paramref name="session"/>, in its three languages: a second document with the same structure, so scores tie across documents.</summary>
    private static void WriteSession(string corpus, int session, Func<string, string>? change = null)
    {
        foreach (var file in Directory.GetFiles(TestCorpus.BundledFolder, "*.txt"))
        {
            var text = File.ReadAllText(file)
                .Replace("CFM-38", $"CFM-{session}").Replace("session: 38", $"session: {session}")
                .Replace("/38-INF", $"/{session}-INF").Replace("رقم 38/", $"رقم {session}/");
            var language = Path.GetFileNameWithoutExtension(file)[^2..];
            File.WriteAllText(Path.Combine(corpus, $"cfm{session}.{language}.txt"), change?.Invoke(text) ?? text);
        }
    }

    private static List<string> Answers(KnowledgeBase knowledge) => AnswerSummary.Of(knowledge, Questions);

    /// <summary>The answers of a knowledge base built from scratch over a copy of <paramref name="corpus"/>.</summary>
    private List<string> RebuiltAnswers(string corpus)
    {
        var copy = _folders.New();
        foreach (var file in Directory.GetFiles(corpus))
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        using var rebuilt = Start(copy, _folders.New());
        var answers = Answers(rebuilt);
        Assert.DoesNotContain(rebuilt.Current.Phases.All, p => p.Phase == "link");
        return answers.Select(a => a.Replace(copy, corpus, StringComparison.Ordinal)).ToList();
    }

    private static bool WasUpdated(KnowledgeSnapshot snapshot) =>
        snapshot.Phases.All.Any(p => p.Phase == "link") && snapshot.Phases.All.All(p => p.Phase != "read all");

    private (string Corpus, string Data) TwoDocuments()
    {
        var corpus = _folders.New();
        foreach (var file in Directory.GetFiles(TestCorpus.BundledFolder, "*.txt"))
            File.Copy(file, Path.Combine(corpus, Path.GetFileName(file)));
        WriteSession(corpus, 39);
        return (corpus, _folders.New());
    }

    [Fact]
    public void An_added_document_is_indexed_alone_and_answers_as_a_full_rebuild_would()
    {
        var (corpus, data) = TwoDocuments();
        using var knowledge = Start(corpus, data);
        Assert.Equal(8, knowledge.Corpus.Resolutions.Count);

        WriteSession(corpus, 40);
        var (snapshot, error) = knowledge.Reload();

        Assert.Null(error);
        Assert.True(WasUpdated(snapshot));
        Assert.Equal(12, snapshot.Corpus.Resolutions.Count);
        Assert.Equal("40/4", snapshot.Corpus.Resolutions[0].Key);
        var expected = RebuiltAnswers(corpus);
        Assert.Equal(expected, Answers(knowledge));
        // The persisted model and index of the update: a fresh start opens them and answers the same.
        using var restarted = Start(corpus, data);
        Assert.True(restarted.Current.FromPersistedModel);
        Assert.Equal(expected, Answers(restarted));
    }

    [Fact]
    public void A_removed_document_leaves_the_index_and_answers_as_a_full_rebuild_would()
    {
        var (corpus, data) = TwoDocuments();
        WriteSession(corpus, 40);
        using var knowledge = Start(corpus, data);
        _ = knowledge.Current;

        foreach (var file in Directory.GetFiles(corpus, "cfm39.*"))
            File.Delete(file);
        var (snapshot, error) = knowledge.Reload();

        Assert.Null(error);
        Assert.True(WasUpdated(snapshot));
        Assert.Null(snapshot.Corpus.FindResolution("39/4"));
        Assert.Equal(snapshot.Corpus.Resolutions.Sum(r => r.Paragraphs.Count), snapshot.Index.Count);
        var expected = RebuiltAnswers(corpus);
        Assert.Equal(expected, Answers(knowledge));
        using var restarted = Start(corpus, data);
        Assert.True(restarted.Current.FromPersistedModel);
        Assert.Equal(expected, Answers(restarted));
    }

    [Fact]
    public void A_changed_language_version_realigns_its_document_and_answers_as_a_full_rebuild_would()
    {
        var (corpus, data) = TwoDocuments();
        using var knowledge = Start(corpus, data);
        _ = knowledge.Current;

        var english = Path.Combine(corpus, "cfm39.en.txt");
        File.WriteAllText(english, File.ReadAllText(english).Replace("Solidarity", "Cooperation"));
        var (snapshot, error) = knowledge.Reload();

        Assert.Null(error);
        Assert.True(WasUpdated(snapshot));
        Assert.Contains("Cooperation", snapshot.Corpus.FindResolution("39/3")!.Paragraphs.SelectMany(p => p.Texts.Values).First(t => t.Contains("Digital")));
        Assert.Equal(RebuiltAnswers(corpus), Answers(knowledge));
    }

    [Fact]
    public void The_snapshot_in_service_keeps_answering_from_its_own_files_while_and_after_it_is_replaced()
    {
        var (corpus, data) = TwoDocuments();
        using var knowledge = Start(corpus, data);
        var before = knowledge.Current;
        var beforeTexts = before.Corpus.Resolutions.SelectMany(r => r.Paragraphs).Select(p => p.Texts[Language.En]).ToList();

        foreach (var file in Directory.GetFiles(corpus, "cfm39.*"))
            File.Delete(file);
        WriteSession(corpus, 40);
        var (after, error) = knowledge.Reload();

        Assert.Null(error);
        Assert.NotSame(before, after);
        Assert.False(Directory.Exists(before.Folder), "the replaced snapshot's folder is removed");
        Assert.Equal(beforeTexts, before.Corpus.Resolutions.SelectMany(r => r.Paragraphs).Select(p => p.Texts[Language.En]));
        var hits = before.Index.Search(new ResBot.Knowledge.Indexing.ClauseQuery("Digital Solidarity Fund", Language.En, []), 5);
        Assert.Contains(hits, h => h.Resolution.Key == "39/3");
    }

    [Fact]
    public void Files_changed_while_the_host_was_down_update_the_snapshot_on_disk_at_the_next_start()
    {
        var (corpus, data) = TwoDocuments();
        using (var first = Start(corpus, data))
            _ = first.Current;

        WriteSession(corpus, 40);
        using var second = Start(corpus, data);

        Assert.True(WasUpdated(second.Current));
        Assert.Equal(RebuiltAnswers(corpus), Answers(second));
        Assert.Single(Directory.GetDirectories(Path.Combine(data, "index")));
    }

    [Fact]
    public void An_update_that_stopped_half_way_is_ignored_and_done_again()
    {
        var (corpus, data) = TwoDocuments();
        using (var first = Start(corpus, data))
            _ = first.Current;
        // What a crash or a full disk leaves: a building folder with some of the files and no "complete" marker.
        var served = Assert.Single(Directory.GetDirectories(Path.Combine(data, "index")));
        var halfBuilt = Path.Combine(data, "index", "0123456789abcdef.building-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(halfBuilt);
        foreach (var file in Directory.GetFiles(served).Take(3))
            File.Copy(file, Path.Combine(halfBuilt, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(halfBuilt, CorpusModelFile.FileName), "half a model");

        // Left two hours ago by a killed process; and one another process is writing into right now.
        foreach (var file in Directory.GetFiles(halfBuilt))
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-2));
        Directory.SetLastWriteTimeUtc(halfBuilt, DateTime.UtcNow.AddHours(-2));
        var beingBuilt = Path.Combine(data, "index", "fedcba9876543210.building-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(beingBuilt);
        File.WriteAllText(Path.Combine(beingBuilt, CorpusModelFile.FileName), "a model being written");

        WriteSession(corpus, 40);
        using var second = Start(corpus, data);

        Assert.True(WasUpdated(second.Current));
        Assert.Equal(RebuiltAnswers(corpus), Answers(second));
        Assert.False(Directory.Exists(halfBuilt), "the abandoned half-built folder is removed at start-up");
        Assert.True(Directory.Exists(beingBuilt), "a folder still being written is left to its build");
    }

    [Theory]
    [InlineData("deleted")]
    [InlineData("made by another build")]
    public void A_start_after_an_update_whose_model_cannot_be_used_cites_as_a_full_rebuild_would(string model)
    {
        var (corpus, data) = TwoDocuments();
        string modelFile;
        using (var knowledge = Start(corpus, data))
        {
            _ = knowledge.Current;
            // Words of its own, so a hit on it cited to a paragraph of another session would show.
            WriteSession(corpus, 40, text => text.Replace("Solidarity", "Cooperation"));
            var (snapshot, error) = knowledge.Reload();
            Assert.Null(error);
            Assert.True(WasUpdated(snapshot));
            // The newest document comes first in corpus order but was given the slots past the old ones' end.
            Assert.Equal("40/4", snapshot.Corpus.Resolutions[0].Key);
            modelFile = Path.Combine(snapshot.Folder!, CorpusModelFile.FileName);
        }
        if (model == "deleted")
            File.Delete(modelFile);
        else
            File.WriteAllBytes(modelFile, WithAnotherAnnotationKey(File.ReadAllBytes(modelFile)));

        using var restarted = Start(corpus, data);

        Assert.Equal(RebuiltAnswers(corpus), Answers(restarted));
        // And the model rewritten then serves the next start the same answers.
        using var again = Start(corpus, data);
        Assert.Equal(RebuiltAnswers(corpus), Answers(again));
    }

    /// <summary>The model file as another build of ResBot would have written it: the same bytes under another annotation key.</summary>
    private static byte[] WithAnotherAnnotationKey(byte[] model)
    {
        var key = System.Text.Encoding.UTF8.GetBytes(CorpusModelFile.AnnotationKey);
        var at = model.AsSpan().IndexOf(key);
        Assert.True(at >= 0, "the model file holds its annotation key");
        model[at] = (byte)(model[at] == (byte)'0' ? '1' : '0');
        return model;
    }

    [Fact]
    public void A_reload_over_a_damaged_index_rebuilds_it_and_serves_the_new_document()
    {
        var (corpus, data) = TwoDocuments();
        using var knowledge = Start(corpus, data);
        var before = knowledge.Current;
        // Zeroed bytes where the last commit was: the update's writer cannot open the linked copy.
        var commit = Directory.GetFiles(before.Folder!, "segments_*").Single();
        File.WriteAllBytes(commit, new byte[new FileInfo(commit).Length]);

        WriteSession(corpus, 40);
        var (snapshot, error) = knowledge.Reload();

        Assert.Null(error);
        Assert.False(WasUpdated(snapshot));
        Assert.NotNull(snapshot.Corpus.FindResolution("40/4"));
        Assert.Equal(RebuiltAnswers(corpus), Answers(knowledge));
    }

    [Fact]
    public void Two_updates_in_a_row_still_quote_the_paragraphs_the_first_one_added()
    {
        var (corpus, data) = TwoDocuments();
        using var knowledge = Start(corpus, data);
        _ = knowledge.Current;

        WriteSession(corpus, 40);
        var (first, firstError) = knowledge.Reload();
        var addedByFirst = first.Corpus.Resolutions.Where(r => r.Key.StartsWith("40/", StringComparison.Ordinal))
            .SelectMany(r => r.Paragraphs.Select(p => $"{r.Key} {p.Key} {string.Join("|", p.Texts.Values)}")).ToList();
        WriteSession(corpus, 41);
        var (second, secondError) = knowledge.Reload();

        Assert.Null(firstError);
        Assert.Null(secondError);
        Assert.True(WasUpdated(first));
        Assert.True(WasUpdated(second));
        Assert.NotEmpty(addedByFirst);
        Assert.Equal(addedByFirst, second.Corpus.Resolutions.Where(r => r.Key.StartsWith("40/", StringComparison.Ordinal))
            .SelectMany(r => r.Paragraphs.Select(p => $"{r.Key} {p.Key} {string.Join("|", p.Texts.Values)}")));
        var expected = RebuiltAnswers(corpus);
        Assert.Equal(expected, Answers(knowledge));
        using var restarted = Start(corpus, data);
        Assert.True(restarted.Current.FromPersistedModel);
        Assert.Equal(expected, Answers(restarted));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("missing")]
    public void A_damaged_part_of_an_updated_model_is_rebuilt_and_answers_stay_those_of_a_full_rebuild(string damage)
    {
        var (corpus, data) = TwoDocuments();
        using (var first = Start(corpus, data))
        {
            _ = first.Current;
            WriteSession(corpus, 40);
            first.Reload();
        }
        var folder = Assert.Single(Directory.GetDirectories(Path.Combine(data, "index")));
        var part = Directory.GetFiles(folder, CorpusModelFile.PartFilePrefix + "*").OrderBy(File.GetLastWriteTimeUtc).Last();
        if (damage == "missing")
            File.Delete(part);
        else
            File.WriteAllBytes(part, File.ReadAllBytes(part)[..100]);

        using var restarted = Start(corpus, data);

        Assert.False(restarted.Current.FromPersistedModel);
        Assert.Equal(RebuiltAnswers(corpus), Answers(restarted));
    }

    [Fact]
    public void Touched_files_with_the_same_content_keep_the_snapshot_in_service()
    {
        var (corpus, data) = TwoDocuments();
        using var knowledge = Start(corpus, data);
        var before = knowledge.Current;
        foreach (var file in Directory.GetFiles(corpus))
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(5));

        var (after, error) = knowledge.Reload();

        Assert.Null(error);
        Assert.Same(before.Index, after.Index);
        Assert.Equal(before.ContentHash, after.ContentHash);
        Assert.NotEmpty(Answers(knowledge));
    }

    public void Dispose() => _folders.Dispose();
}
