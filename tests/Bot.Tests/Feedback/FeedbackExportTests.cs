using ResBot.Bot.Feedback;
using ResBot.Bot.Tests.Cli;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Tests.Feedback;

/// <summary>The export a spreadsheet or an eval script reads: RFC 4180 CSV that cannot run as a formula, and JSON.</summary>
public sealed class FeedbackExportTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 10, 9, 30, 15, TimeSpan.FromHours(3));

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("she said \"no\"", "\"she said \"\"no\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("@sum", "'@sum")]
    public void A_comment_becomes_one_safe_csv_cell(string comment, string cell)
    {
        var csv = FeedbackExport.ToCsv([Entry(comment)]);

        var row = csv.Split("\r\n")[1];
        Assert.Contains($",dislike,{cell},extractive,", row);
    }

    [Fact]
    public void A_row_holds_every_column_with_the_citations_in_one_cell_and_the_time_in_utc()
    {
        var lines = FeedbackExport.ToCsv([Entry(null)]).Split("\r\n");

        Assert.Equal(string.Join(',', FeedbackExport.CsvColumns), lines[0]);
        Assert.Equal("7,2026-03-10T06:30:15Z,slack,C0001,key-1,U0001,dislike,,extractive,notFound,fr,Que demande 38/4 ?,"
            + "\"OIC/CFM-38/2011/INF/RES/FINAL, 38/4, ¶5 | OIC/CFM-38/2011/INF/RES/FINAL, 38/4, ¶6\"", lines[1]);
        Assert.Equal("", lines[2]);
    }

    [Fact]
    public void Json_keeps_the_citations_as_a_list_and_arabic_unescaped()
    {
        var json = FeedbackExport.ToJson([Entry("الفقرة 8 ناقصة")]);

        Assert.Contains("\"comment\": \"الفقرة 8 ناقصة\"", json);
        Assert.Contains("\"citations\": [", json);
        Assert.Contains("\"reaction\": \"dislike\"", json);
    }

    [Theory]
    [InlineData("--since", "last week", "--since must be a date")]
    [InlineData("--platform", "teams-classic", "--platform must be msteams or slack")]
    [InlineData("--reaction", "meh", "--reaction must be like or dislike")]
    public async Task A_bad_filter_is_a_clear_error(string option, string value, string message)
    {
        var result = await ResbotProcess.RunAsync(null, "feedback", option, value, "--data", Directory.CreateTempSubdirectory("resbot-feedback-cli-").FullName);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Errors);
    }

    [Fact]
    public async Task Json_and_csv_together_are_refused()
    {
        var result = await ResbotProcess.RunAsync(null, "feedback", "--json", "--csv", "--data", Directory.CreateTempSubdirectory("resbot-feedback-cli-").FullName);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot be combined", result.Errors);
    }

    private static FeedbackEntry Entry(string? comment) => new(
        7,
        new AnsweredMessage("slack", "C0001", "key-1", "Que demande 38/4 ?", Language.Fr, AnswerMode.Extractive, AnswerOutcome.NotFound,
            ["OIC/CFM-38/2011/INF/RES/FINAL, 38/4, ¶5", "OIC/CFM-38/2011/INF/RES/FINAL, 38/4, ¶6"], At),
        "U0001", FeedbackReaction.Dislike, comment, At);
}
