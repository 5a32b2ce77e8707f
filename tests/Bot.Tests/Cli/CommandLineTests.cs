using System.Text.Json;

namespace ResBot.Bot.Tests.Cli;

/// <summary>The `resbot` verbs, run as processes on the bundled corpus.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("resbot-cli-").FullName;
    private readonly string _corpus = Directory.CreateTempSubdirectory("resbot-cli-corpus-").FullName;

    [Fact]
    public async Task Ask_prints_the_clauses_with_their_citations()
    {
        var result = await ResbotProcess.RunAsync(null, "ask", "What did 38/4 ask member states to do?", "--data", _data);

        Assert.Equal(0, result.ExitCode);
        foreach (var paragraph in new[] { "5", "6", "7" })
            Assert.Contains($"[OIC/CFM-38/2011/INF/RES/FINAL, 38/4, ¶{paragraph}]", result.Output);
        Assert.DoesNotContain("¶8", result.Output);
    }

    [Fact]
    public async Task Ask_json_follows_the_contract()
    {
        var result = await ResbotProcess.RunAsync(null, "ask", "--json", "que demande la résolution 38/4 aux États membres ?", "--data", _data);

        Assert.Equal(0, result.ExitCode);
        var json = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal("fr", json.GetProperty("language").GetString());
        Assert.Equal("extractive", json.GetProperty("mode").GetString());
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("answer").GetString()));
        var citation = json.GetProperty("citations")[0];
        Assert.Equal("OIC/CFM-38/2011/INF/RES/FINAL", citation.GetProperty("document").GetString());
        Assert.Equal("38/4", citation.GetProperty("resolution").GetString());
        Assert.Equal("5", citation.GetProperty("paragraph").GetString());
        Assert.Equal("operative", citation.GetProperty("kind").GetString());
        Assert.Equal("fr", citation.GetProperty("language").GetString());
        Assert.StartsWith("Encourage", citation.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Ask_json_gives_the_highlighted_fact_of_a_one_fact_question_as_offsets_in_the_quote()
    {
        var result = await ResbotProcess.RunAsync(null, "ask", "--json", "When is OIC Day celebrated?", "--data", _data);

        Assert.Equal(0, result.ExitCode);
        var json = JsonDocument.Parse(result.Output).RootElement;
        Assert.StartsWith("25 September, according to 38/1 ¶E.1", json.GetProperty("answer").GetString());
        var citation = json.GetProperty("citations")[0];
        var highlight = citation.GetProperty("highlights")[0];
        var text = citation.GetProperty("text").GetString()!;
        Assert.Equal("25 September", text.Substring(highlight.GetProperty("start").GetInt32(), highlight.GetProperty("length").GetInt32()));
    }

    [Fact]
    public async Task Chat_answers_follow_ups_against_the_last_answer_and_picks_the_conversation_up_again()
    {
        var first = await ResbotProcess.RunAsync("What did 38/4 ask member states to do?\nand paragraph 8?\n", "chat", "--conversation", "c1", "--data", _data);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("In 38/4: ", first.Output);
        Assert.Contains("[OIC/CFM-38/2011/INF/RES/FINAL, 38/4, ¶8]", first.Output);

        // The memory is the store's: a later run of the same conversation still knows what it was about; another does not.
        var again = await ResbotProcess.RunAsync("بالفرنسية\n", "chat", "--conversation", "c1", "--data", _data);
        Assert.Contains("Dans 38/4 : ", again.Output);
        var other = await ResbotProcess.RunAsync("and paragraph 8?\n", "chat", "--conversation", "c2", "--data", _data);
        Assert.DoesNotContain("¶8]", other.Output);
    }

    [Fact]
    public async Task Ask_json_dash_answers_one_line_per_question_in_order()
    {
        var questions = "What did 38/4 ask member states to do?\n\nماذا طلب القرار 38/4 من الدول الأعضاء؟\nWhat is the weather in Paris?\n";
        var result = await ResbotProcess.RunAsync(questions, "ask", "--json", "-", "--data", _data);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["en", "ar", "en"], lines.Select(l => l.GetProperty("language").GetString()));
        Assert.Equal(3, lines[1].GetProperty("citations").GetArrayLength());
        Assert.Equal(0, lines[2].GetProperty("citations").GetArrayLength());
    }

    [Fact]
    public async Task An_empty_question_is_a_command_line_error()
    {
        var result = await ResbotProcess.RunAsync(null, "ask", "   ", "--data", _data);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("empty", result.Output);
    }

    [Fact]
    public async Task An_unknown_language_option_is_refused()
    {
        var result = await ResbotProcess.RunAsync(null, "ask", "38/4", "--lang", "de", "--data", _data);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--lang", result.Errors);
    }

    [Fact]
    public async Task Ingest_adds_good_files_reports_what_it_found_refuses_bad_ones_by_name_and_fails_the_run()
    {
        var good = Path.Combine(_data, "cfm39.en.txt");
        File.WriteAllText(good, "---\nsymbol: OIC/CFM-39/2012/INF/RES/FINAL\nlanguage: en\nstatus: authoritative\n---\n" +
                                "RESOLUTION No. 1/39-INF\nON\nMedia literacy\n\nRecalling resolution 38/1-INF;\n\n1. Urges member States to promote media literacy.\n");
        var truncated = Path.Combine(_data, "truncated.txt");
        File.WriteAllText(truncated, "OIC/CFM-40/2013/INF/RES/FINAL\n\nRESOLUTION No. 1/40-INF\nON\nX\n\nRecalling;\n");
        var notes = Path.Combine(_data, "notes.txt");
        File.WriteAllText(notes, "Minutes of the meeting of the drafting group.\n");
        var binary = Path.Combine(_data, "scan.txt");
        File.WriteAllBytes(binary, [0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]);

        var result = await ResbotProcess.RunAsync(null, "ingest", good, truncated, notes, binary, "--data", _data, "--corpus", _corpus);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ok: cfm39.en.txt (text): OIC/CFM-39/2012/INF/RES/FINAL", result.Output);
        Assert.Contains("39/1  1 preambular, 1 operative", result.Output);
        // A copy cut inside its preamble is read, with a warning naming the line of its heading.
        Assert.Contains("warning: truncated.txt:3: resolution 40/1 has no operative paragraph", result.Output);
        Assert.Contains("notes.txt: nothing resolution-like found", result.Errors);
        Assert.Contains("scan.txt: the file is not text", result.Errors);
        Assert.Equal(["cfm39.en.txt", "truncated.txt"], Directory.GetFiles(_corpus).Select(Path.GetFileName).Order());

        var listed = await ResbotProcess.RunAsync(null, "resolutions", "--data", _data, "--corpus", _corpus);
        Assert.Contains("39/1", listed.Output);
    }

    private static string Document(int session) =>
        $"---\nsymbol: OIC/CFM-{session}/2012/INF/RES/FINAL\nlanguage: en\nstatus: authoritative\n---\n" +
        $"RESOLUTION No. 1/{session}-INF\nON\nMedia literacy\n\nRecalling resolution 38/1-INF;\n\n1. Urges member States to promote media literacy.\n";

    [Fact]
    public async Task Ingest_never_replaces_a_different_document_of_the_same_name_without_replace()
    {
        // Issue 11, finding 8.
        File.WriteAllText(Path.Combine(_corpus, "cfm.en.txt"), Document(39));
        var incoming = Directory.CreateDirectory(Path.Combine(_data, "incoming")).FullName;
        var other = Path.Combine(incoming, "cfm.en.txt");
        File.WriteAllText(other, Document(41));

        var refused = await ResbotProcess.RunAsync(null, "ingest", other, "--data", _data, "--corpus", _corpus);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("the corpus already has a different cfm.en.txt; add --replace to replace it", refused.Errors);
        Assert.Equal(Document(39), File.ReadAllText(Path.Combine(_corpus, "cfm.en.txt")));

        // The same bytes again are no change; --replace replaces.
        Assert.Equal(0, (await ResbotProcess.RunAsync(null, "ingest", Path.Combine(_corpus, "cfm.en.txt"), "--data", _data, "--corpus", _corpus)).ExitCode);
        var replaced = await ResbotProcess.RunAsync(null, "ingest", other, "--replace", "--data", _data, "--corpus", _corpus);
        Assert.Equal(0, replaced.ExitCode);
        Assert.Equal(Document(41), File.ReadAllText(Path.Combine(_corpus, "cfm.en.txt")));
    }

    [Fact]
    public async Task Ingest_refuses_to_write_through_a_symbolic_link_planted_in_the_corpus_folder()
    {
        var outside = Path.Combine(_data, "outside.txt");
        File.WriteAllText(outside, "not a corpus file");
        File.CreateSymbolicLink(Path.Combine(_corpus, "cfm.en.txt"), outside);
        var incoming = Path.Combine(Directory.CreateDirectory(Path.Combine(_data, "incoming")).FullName, "cfm.en.txt");
        File.WriteAllText(incoming, Document(39));

        var result = await ResbotProcess.RunAsync(null, "ingest", incoming, "--replace", "--data", _data, "--corpus", _corpus);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cfm.en.txt is a symbolic link; refusing to write through it", result.Errors);
        Assert.Equal("not a corpus file", File.ReadAllText(outside));
    }

    [Fact]
    public async Task A_newline_in_a_file_name_cannot_forge_a_line_of_the_report()
    {
        var forged = Path.Combine(_data, "notes.txt\nok: forged.txt (text): 99 resolutions");
        File.WriteAllText(forged, "Minutes of the meeting of the drafting group.\n");

        var result = await ResbotProcess.RunAsync(null, "ingest", forged, "--data", _data, "--corpus", _corpus);

        Assert.Equal(1, result.ExitCode);
        var lines = (result.Output + "\n" + result.Errors).Split('\n');
        Assert.DoesNotContain(lines, line => line.StartsWith("ok:", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("error: notes.txt\\nok: forged.txt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ingest_options_name_a_document_that_prints_no_symbol_and_are_kept_beside_it()
    {
        var copy = Path.Combine(_data, "copy.en.txt");
        File.WriteAllText(copy, "The Council of Foreign Ministers, meeting at its Fortieth Session,\n\nRecalling its earlier work;\n\n1. Calls upon member States to act.\n");

        var result = await ResbotProcess.RunAsync(null, "ingest", copy, "--symbol", "OIC/CFM-40/2013/POL/RES/FINAL", "--data", _data, "--corpus", _corpus, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Output.Trim().Split('\n')[0]);
        Assert.Equal("OIC/CFM-40/2013/POL/RES/FINAL", json.RootElement.GetProperty("symbol").GetString());
        Assert.Contains("symbol: OIC/CFM-40/2013/POL/RES/FINAL", File.ReadAllText(Path.Combine(_corpus, "copy.en.txt.meta")));
        var listed = await ResbotProcess.RunAsync(null, "resolutions", "--data", _data, "--corpus", _corpus);
        Assert.Contains("OIC/CFM-40/2013/POL/RES/FINAL", listed.Output);
    }

    [Fact]
    public async Task Inspect_prints_the_structure_without_adding_anything()
    {
        var copy = Path.Combine(_data, "sc.en.txt");
        File.WriteAllText(copy, "Resolution 2231 (2015)\n\nThe Security Council,\n\nRecalling its earlier resolutions,\n\n" +
                                "1. Requests States:\n(a) To report;\n(b) To cooperate;\n\nAdopted by 14 votes to none, with 1 abstention\n");

        var result = await ResbotProcess.RunAsync(null, "inspect", copy, "--data", _data, "--corpus", _corpus);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("S/RES/2231 (2015)  1 preambular, 1 operative", result.Output);
        Assert.Contains("1(b)", result.Output);
        Assert.DoesNotContain("Adopted by 14", result.Output);
        Assert.Empty(Directory.GetFiles(_corpus));
    }

    [Fact]
    public async Task Eval_prints_precision_and_recall_per_language()
    {
        var questions = Path.Combine(_data, "q.jsonl");
        File.WriteAllText(questions,
            "{\"id\":\"en-1\",\"language\":\"en\",\"question\":\"What did 38/4 ask member states to do?\",\"expected\":[\"38/4:5\",\"38/4:6\",\"38/4:7\"]}\n" +
            "{\"id\":\"fr-1\",\"language\":\"fr\",\"question\":\"Quel temps fait-il à Paris ?\",\"expected\":[]}\n");

        var result = await ResbotProcess.RunAsync(null, "eval", questions, "--data", _data);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"en\s+1\s+100[.,]0 %\s+100[.,]0 %", result.Output);
        Assert.Matches(@"fr\s+1\s+100[.,]0 %\s+100[.,]0 %\s+1\s+1/1", result.Output);
    }

    [Fact]
    public async Task Eval_scores_one_split_per_kind_and_prints_both_splits_totals_by_default()
    {
        var questions = Path.Combine(_data, "q.jsonl");
        File.WriteAllText(questions,
            "{\"id\":\"en-1\",\"language\":\"en\",\"split\":\"train\",\"kind\":\"directive\",\"question\":\"What did 38/4 ask member states to do?\",\"expected\":[\"38/4:5\",\"38/4:6\",\"38/4:7\"]}\n" +
            "{\"id\":\"fr-1\",\"language\":\"fr\",\"split\":\"test\",\"kind\":\"not-found\",\"question\":\"Quel temps fait-il à Paris ?\",\"expected\":[]}\n");

        var test = await ResbotProcess.RunAsync(null, "eval", questions, "--split", "test", "--data", _data);
        var all = await ResbotProcess.RunAsync(null, "eval", questions, "--data", _data);

        Assert.Equal(0, test.ExitCode);
        Assert.Contains("split: test (1 of 2 questions)", test.Output);
        Assert.Matches(@"not-found\s+1\s+100[.,]0 %\s+100[.,]0 %\s+1\s+1/1", test.Output);
        Assert.DoesNotMatch(@"(?m)^en\s", test.Output);
        Assert.DoesNotMatch(@"(?m)^directive\s", test.Output);
        Assert.Equal(0, all.ExitCode);
        Assert.Matches(@"(?m)^train\s+1\s+100[.,]0 %\s+100[.,]0 %\s+1\s", all.Output);
        Assert.Matches(@"(?m)^test\s+1\s", all.Output);
        Assert.Matches(@"(?m)^directive\s+1\s", all.Output);
    }

    public void Dispose()
    {
        foreach (var folder in new[] { _data, _corpus })
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
