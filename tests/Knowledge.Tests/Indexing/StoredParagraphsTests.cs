using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Corpus;
using ResBot.Knowledge.Model;
using static ResBot.Knowledge.Tests.TemporaryFolders;

namespace ResBot.Knowledge.Tests.Indexing;

/// <summary>
/// Paragraphs read from a persisted model's parts on first use: a long resolution still opens, and damaged bytes in a
/// part or a text file are refused (never quoted under another paragraph's citation), answered with a notice and rebuilt.
/// </summary>
public sealed class StoredParagraphsTests : IDisposable
{
    private const string Question38To4 = "What did 38/4 ask member states to do?";

    private readonly TemporaryFolders _folders = new();

    private static string SnapshotFolder(string data) =>
        Assert.Single(Directory.GetDirectories(Path.Combine(data, "index")), f => !f.Contains(".damaged-", StringComparison.Ordinal));

    private static string PartOf(string data) => Assert.Single(Directory.GetFiles(SnapshotFolder(data), CorpusModelFile.PartFilePrefix + "*"));

    [Fact]
    public void A_corpus_whose_last_resolution_has_many_paragraphs_opens_its_persisted_model_on_the_next_start()
    {
        var (corpus, data) = (_folders.New(), _folders.New());
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

    [Fact]
    public void Texts_swapped_between_two_paragraphs_in_a_part_are_never_quoted_under_the_other_citation()
    {
        var (corpus, data) = (_folders.CopyOfTestCorpus(), _folders.New());
        string seven, five;
        byte[] atSeven, atFive;
        using (var first = Start(corpus, data))
        {
            var assistant = new ResolutionAssistant(first);
            seven = Summary(assistant.Ask(new Question("paragraph 7 of 38/4")));
            five = Summary(assistant.Ask(new Question("paragraph 5 of 38/4")));
            var resolution = first.Corpus.FindResolution("38/4")!;
            atSeven = Location(resolution.FindParagraph("7")!);
            atFive = Location(resolution.FindParagraph("5")!);
        }
        Assert.NotEqual(seven, five);
        var part = PartOf(data);
        var bytes = File.ReadAllBytes(part);
        var (i, j) = (bytes.AsSpan().IndexOf(atSeven), bytes.AsSpan().IndexOf(atFive));
        Assert.True(i >= 0 && j >= 0 && atSeven.Length == atFive.Length);
        atFive.CopyTo(bytes, i);
        atSeven.CopyTo(bytes, j);
        File.WriteAllBytes(part, bytes);

        using var second = Start(corpus, data);

        Assert.True(second.Current.FromPersistedModel);
        var answer = new ResolutionAssistant(second).Ask(new Question("paragraph 7 of 38/4"));
        Assert.True(answer.Clauses.Count == 0 || Summary(answer) == seven, $"paragraph 7 of 38/4 now quotes: {Summary(answer)}");
    }

    [Fact]
    public void A_text_file_damaged_where_a_paragraph_lies_is_never_quoted_and_the_answer_says_it_is_being_re_read()
    {
        var (corpus, data) = (_folders.CopyOfTestCorpus(), _folders.New());
        string text;
        using (var first = Start(corpus, data))
            text = Assert.Single(new ResolutionAssistant(first).Ask(new Question("paragraph 7 of 38/4")).Clauses).Text;
        var texts = Assert.Single(Directory.GetFiles(SnapshotFolder(data), CorpusModelFile.TextFilePrefix + "*"));
        var bytes = File.ReadAllBytes(texts);
        var at = bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(text[..40]));
        Assert.True(at >= 0);
        // "Encourages" becomes "Discourages"-like nonsense of the same length: "Fncourages".
        bytes[at] = (byte)(bytes[at] + 1);
        File.WriteAllBytes(texts, bytes);

        using var second = Start(corpus, data);
        var answer = new ResolutionAssistant(second).Ask(new Question("paragraph 7 of 38/4"));

        Assert.True(second.Current.FromPersistedModel);
        Assert.Empty(answer.Clauses);
        Assert.Equal(AnswerTexts.StoredTextUnreadable(Language.En), answer.Lead);
    }

    [Fact]
    public void A_part_damaged_after_it_was_written_gets_a_notice_in_the_question_language_a_read_error_naming_it_and_the_next_start_rebuilds_and_answers_as_before()
    {
        var (corpus, data) = (_folders.CopyOfTestCorpus(), _folders.New());
        string before;
        using (var first = Start(corpus, data))
            before = Summary(new ResolutionAssistant(first).Ask(new Question(Question38To4)));
        var part = PartOf(data);
        // Same length, so opening (which reads only the manifest) cannot see it: where the part says "38/4" (its
        // key, length-prefixed as written), it now says "38/9".
        var bytes = File.ReadAllBytes(part);
        byte[] key = [4, .. "38/4"u8];
        var at = bytes.AsSpan().IndexOf(key);
        Assert.True(at >= 0);
        bytes[at + 4] = (byte)'9';
        File.WriteAllBytes(part, bytes);
        Answer french;
        using (var second = Start(corpus, data))
        {
            var damaged = second.Current;
            Assert.True(damaged.FromPersistedModel);
            french = new ResolutionAssistant(second).Ask(new Question("Qu'a demandé la résolution 38/4 aux États membres ?"));
            Assert.Single(Directory.GetDirectories(Path.Combine(data, "index"), "*.damaged-*"));
            // Never another paragraph: the damaged snapshot, still open for the requests using it, refuses to read it.
            var error = Assert.Throws<StoredModelReadException>(() => damaged.Corpus.FindResolution("38/4")!.Paragraphs[0]);
            Assert.Contains(Path.GetFileName(part), error.Message);
        }

        using var third = Start(corpus, data);

        Assert.Empty(french.Clauses);
        Assert.Equal(AnswerTexts.StoredTextUnreadable(Language.Fr), french.Lead);
        Assert.Equal(before, Summary(new ResolutionAssistant(third).Ask(new Question(Question38To4))));
    }

    [Fact]
    public void A_text_read_after_its_snapshot_closed_its_files_is_a_stored_read_error_not_damage()
    {
        var path = Path.Combine(_folders.New(), CorpusModelFile.TextFilePrefix + "x.bin");
        File.WriteAllText(path, "Requests the Secretary-General");
        var file = new SnapshotFile(path);
        file.Dispose();

        var error = Assert.Throws<StoredModelReadException>(() => file.Read(0, 8, 0));

        Assert.True(error.Retired);
    }

    /// <summary>The bytes the part holds for where a paragraph's texts lie: text file number, start, count, then each version's language, length and checksum.</summary>
    private static byte[] Location(Paragraph paragraph)
    {
        var texts = Assert.IsType<StoredTexts>(paragraph.Texts);
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes))
        {
            writer.Write7BitEncodedInt(0);
            writer.Write(texts.Start);
            writer.Write((byte)texts.Count);
            foreach (var (language, length, checksum) in texts.Versions)
            {
                writer.Write((byte)language);
                writer.Write(length);
                writer.Write(checksum);
            }
        }
        return bytes.ToArray();
    }

    private static string Summary(Answer answer) => AnswerSummary.Of(answer);

    public void Dispose() => _folders.Dispose();
}
