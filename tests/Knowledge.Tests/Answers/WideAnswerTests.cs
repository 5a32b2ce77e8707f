using System.Text;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Indexing;

namespace ResBot.Knowledge.Tests.Answers;

/// <summary>
/// Questions over more resolutions than are searched one by one: answered by one filtered index query, with at most
/// ten clauses quoted, and a note saying how many more match, where, and how to narrow — at any corpus size.
/// </summary>
public sealed class WideAnswerTests : IDisposable
{
    private const int Resolutions = 30;

    /// <summary>Resolutions 1 to 3 also urge member States to contribute to the Digital Solidarity Fund.</summary>
    private const int OnTheFund = 3;

    private readonly string _folder = Directory.CreateTempSubdirectory("resbot-wide-").FullName;
    private readonly TestCorpus _corpus;

    public WideAnswerTests()
    {
        var text = new StringBuilder("---\nsymbol: OIC/CFM-50/2023/INF/RES/FINAL\nbody: OIC\nsession: 50\nlanguage: en\nstatus: authoritative\n---\n\n");
        for (var n = 1; n <= Resolutions; n++)
        {
            text.Append($"RESOLUTION No. {n}/50-INF\nON\nCOOPERATION IN FIELD NUMBER {n}\n\n");
            text.Append("Recalling resolution 38/1-INF on information affairs;\n\n");
            text.Append($"1. Urges member States to strengthen their cooperation in field number {n}.\n\n");
            text.Append($"2. Requests the Secretary General to report on field number {n} to the next session.\n\n");
            if (n <= OnTheFund)
                text.Append("3. Urges member States to contribute to the Digital Solidarity Fund.\n\n");
        }
        File.WriteAllText(Path.Combine(_folder, "cfm50.en.txt"), text.ToString());
        _corpus = TestCorpus.Over(_folder);
    }

    private (Answer Answer, List<(ClauseQuery Query, int Take)> Sent) Ask(string question)
    {
        var sent = new List<(ClauseQuery Query, int Take)>();
        using (SearchRecorder.Record(sent))
            return (_corpus.Assistant.Ask(new Question(question)), sent);
    }

    [Fact]
    public void What_was_asked_of_member_states_across_the_corpus_quotes_ten_clauses_from_one_query_and_counts_the_rest()
    {
        Assert.Equal(Resolutions, _corpus.Knowledge.Corpus.Resolutions.Count);

        var (answer, sent) = Ask("What did the resolutions ask member states to do?");

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Single(sent);
        Assert.Equal(10, answer.Clauses.Count);
        Assert.All(answer.Clauses, c => Assert.Contains("member States", c.Text));
        Assert.All(answer.Clauses, c => Assert.Equal(c.Text, _corpus.Knowledge.Corpus.FindResolution(c.Citation.Resolution)!.FindParagraph(c.Citation.Paragraph)!.Texts[c.TextLanguage]));
        Assert.Contains($"{Resolutions + OnTheFund} paragraphs in {Resolutions} resolutions match the question; 10 are quoted", answer.Notes[0]);
        Assert.Contains("OIC (33)", answer.Notes[0]);
    }

    [Fact]
    public void The_note_names_each_body_with_its_count_and_the_five_resolutions_holding_most_ties_by_key()
    {
        // Beside the 30 OIC resolutions (33 clauses asking member States), two General Assembly resolutions with three such clauses each.
        for (var n = 1; n <= 2; n++)
        {
            File.WriteAllText(Path.Combine(_folder, $"a-res-60-{n}.en.txt"),
                $"A/RES/60/{n}\n\nResolution adopted by the General Assembly on 16 September 2005\n\n60/{n}. Cooperation number {n}\n\nThe General Assembly,\n\n" +
                string.Concat(Enumerable.Range(1, 3).Select(p => $"{p}. Urges Member States to strengthen cooperation in area {p} of programme {n}.\n\n")));
        }
        using var corpus = TestCorpus.Over(_folder);

        var answer = corpus.Assistant.Ask(new Question("What did the resolutions ask member states to do?"));

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Contains("39 paragraphs in 32 resolutions match the question; 10 are quoted", answer.Notes[0]);
        Assert.Contains("name a body (OIC (33), A/RES (6))", answer.Notes[0]);
        // 50/1 to 50/3 hold two each, the Assembly's resolutions three; of those with as many, the first by key.
        Assert.Contains("most are in A/RES/60/1 (3), A/RES/60/2 (3), 50/1 (2), 50/2 (2), 50/3 (2)", answer.Notes[0]);
    }

    [Fact]
    public void A_topic_asked_across_the_corpus_quotes_only_the_clauses_on_it_and_says_nothing_more_matches()
    {
        var (answer, sent) = Ask("What are member states urged to do about the Digital Solidarity Fund?");

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Single(sent);
        Assert.Equal(["50/1", "50/2", "50/3"], answer.Clauses.Select(c => c.Citation.Resolution).Order());
        Assert.All(answer.Clauses, c => Assert.Equal("3", c.Citation.Paragraph));
        Assert.DoesNotContain(answer.Notes, n => n.Contains("match the question"));
    }

    [Fact]
    public void A_resolution_cited_by_every_resolution_is_answered_with_ten_citing_clauses_and_the_count_of_the_others()
    {
        var (answer, _) = Ask("What did resolution 38/1 say?");

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Equal(10, answer.Clauses.Count);
        Assert.All(answer.Clauses, c => Assert.Contains("38/1", c.Text));
        Assert.Contains($"{Resolutions} paragraphs in {Resolutions} resolutions match the question; 10 are quoted", answer.Notes[0]);
    }

    [Fact]
    public void Questions_asked_at_the_same_time_get_the_citations_and_texts_they_get_one_at_a_time()
    {
        string[] questions =
        [
            "What did the resolutions ask member states to do?",
            "What are member states urged to do about the Digital Solidarity Fund?",
            "What did 50/7 ask member states to do?",
            "What was the Secretary General requested to do?",
        ];
        string Render(Answer a) => string.Join("|", a.Clauses.Select(c => $"{c.Citation.Resolution} {c.Citation.Paragraph} {c.Text}"));
        var alone = questions.Select(q => Render(Ask(q).Answer)).ToList();

        var together = new string[400];
        Parallel.For(0, together.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => together[i] = Render(_corpus.Assistant.Ask(new Question(questions[i % questions.Length]))));

        Assert.All(Enumerable.Range(0, together.Length), i => Assert.Equal(alone[i % questions.Length], together[i]));
    }

    public void Dispose()
    {
        _corpus.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
