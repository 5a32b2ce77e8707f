using ResBot.Knowledge.Corpus;
using ResBot.Knowledge.Evaluation;
using ResBot.Knowledge.Model;
using ResBot.Knowledge.Parsing;

namespace ResBot.Knowledge.Tests.Evaluation;

/// <summary>
/// The parse yardstick itself, on small in-memory cases (the real figures move while the reader is rewritten):
/// a perfect parse scores full marks, every kind of mistake costs exactly what it should.
/// </summary>
public sealed class ParseEvaluatorTests
{
    private static readonly ParseTruth Truth = new("A/RES/58/85", "UN", 58, "en", false,
    [
        new TruthResolution("A/RES/58/85", "Observer status for the Commission",
        [
            new TruthParagraph("PP1", "preambular", "Recalling its resolution 54/195,"),
            new TruthParagraph("1", "operative", "Decides to invite the Commission;"),
            new TruthParagraph("2", "operative", "Requests the Secretary-General: (a) To act;"),
            new TruthParagraph("2(a)", "operative", "To act;", Parent: "2"),
        ]),
    ]);

    private static readonly ParsedParagraph[] PerfectParagraphs =
    [
        new("PP1", ParagraphKind.Preambular, null, null, "Recalling its resolution 54/195,", 10),
        new("1", ParagraphKind.Operative, null, "1", "Decides to invite the Commission;", 11),
        new("2", ParagraphKind.Operative, null, "2", "Requests the Secretary-General:  (a) To act;", 12),
        new("2(a)", ParagraphKind.Operative, null, "(a)", "To act;", 13),
    ];

    [Fact]
    public void A_perfect_parse_scores_full_marks()
    {
        var result = Score(Document("A/RES/58/85", 58, PerfectParagraphs));

        Assert.True(result.Score.IsPerfect, string.Join("; ", result.Mismatches));
        Assert.Equal(1.0, result.Score.TextScore);
        Assert.Equal(4, result.Score.ParagraphsText);
        Assert.Equal(3, result.Score.MetadataRight);
        Assert.Empty(result.Mismatches);
    }

    [Fact]
    public void Wrong_text_kind_key_and_session_each_cost_their_own_count()
    {
        ParsedParagraph[] paragraphs =
        [
            PerfectParagraphs[0] with { Kind = ParagraphKind.Operative },
            PerfectParagraphs[1] with { Text = "Decides to invite the Commission" },
            PerfectParagraphs[2],
            PerfectParagraphs[3] with { Key = "3" },
        ];
        var score = Score(Document("A/RES/58/85", 57, paragraphs)).Score;

        Assert.False(score.IsPerfect);
        Assert.Equal(3, score.ParagraphsKeyed);
        Assert.Equal(2, score.ParagraphsKind);
        Assert.Equal(2, score.ParagraphsText);
        Assert.Equal(1, score.ParagraphsExtra);
        Assert.Equal(2, score.MetadataRight);
        Assert.True(score.TextScore < 1);
    }

    [Fact]
    public void A_resolution_under_another_key_finds_none_of_its_paragraphs()
    {
        var result = Score(Document("A/RES/58/85", 58, PerfectParagraphs, resolutionKey: "58/85"));

        Assert.Equal(0, result.Score.ResolutionsFound);
        Assert.Equal(1, result.Score.ResolutionsExtra);
        Assert.Equal(0, result.Score.ParagraphsKeyed);
        Assert.Contains(result.Mismatches, m => m.What == "resolution missing" && m.Where == "A/RES/58/85");
    }

    [Fact]
    public void A_refused_file_counts_its_truth_and_nothing_found()
    {
        var report = new CorpusFileReport("x.en.html", null, [new ParseError("x.en.html", 0, "html files are not read yet")]);
        var score = ParseEvaluator.Score(Truth, report, "x.en", "html").Score;

        Assert.Equal((1, 0, 1, 0, 4, 0), (score.Documents, score.DocumentsAccepted, score.ResolutionsTrue, score.ResolutionsFound, score.ParagraphsTrue, score.ParagraphsText));
        Assert.Equal(0, score.TextScore);
    }

    [Fact]
    public void Texts_compare_after_nfkc_and_white_space_only()
    {
        Assert.Equal(ParseEvaluator.Comparable("لا إله"), ParseEvaluator.Comparable("\uFEFB إله"));
        Assert.NotEqual(ParseEvaluator.Comparable("Decides;"), ParseEvaluator.Comparable("Decides"));
    }

    [Fact]
    public void The_question_set_cites_only_paragraphs_its_truth_has()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "eval", "documents");
        var citations = Directory.GetFiles(Path.Combine(folder, "truth"), "*.json")
            .Select(ParseTruth.Read)
            .SelectMany(t => t.Resolutions.SelectMany(r => r.Paragraphs.Select(p => $"{r.Key}:{p.Key}")))
            .ToHashSet();
        var questions = Evaluator.ReadQuestions(Path.Combine(folder, "questions.jsonl"));

        Assert.All(questions, q => Assert.All(q.Expected, e => Assert.Contains(e, citations)));
        Assert.All(questions, q => Assert.Contains(q.Split, new[] { "train", "test" }));
        Assert.All(["ar", "en", "fr"], language => Assert.True(questions.Count(q => q.Language == language) >= 20));
    }

    [Fact]
    public void Each_format_folder_holds_one_file_per_document_and_language_with_a_truth()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "eval", "documents");
        foreach (var format in ParseEvalReport.FormatOrder)
        {
            var stems = CorpusLoader.CorpusFiles(Path.Combine(folder, format)).Select(Path.GetFileNameWithoutExtension).ToList();
            Assert.True(stems.Count >= 10, $"{format}: {stems.Count} files");
            Assert.Equal(stems.Count, stems.Distinct().Count());
            Assert.All(stems, s => Assert.True(File.Exists(Path.Combine(folder, "truth", s + ".json")), s));
            Assert.Equal(["ar", "en", "fr"], stems.Select(s => s![(s!.LastIndexOf('.') + 1)..]).Distinct().Order());
        }
    }

    private static ParseFileResult Score(ParsedDocument document) =>
        ParseEvaluator.Score(Truth, new CorpusFileReport("un-ga-58-85.en.txt", document, []), "un-ga-58-85.en", "text");

    private static ParsedDocument Document(string symbol, int session, IReadOnlyList<ParsedParagraph> paragraphs, string resolutionKey = "A/RES/58/85") =>
        new("un-ga-58-85.en.txt", symbol, "UN", session, null, null, Language.En, true, null,
            [new ParsedResolution(resolutionKey, "", "Observer status for the Commission", paragraphs, 9)]);
}
