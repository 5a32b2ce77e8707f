using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Feedback;

/// <summary>Feedback as CSV (RFC 4180) or JSON, for spreadsheets and for turning into eval questions. Pure, so it is table-tested.</summary>
public static class FeedbackExport
{
    public static readonly IReadOnlyList<string> CsvColumns =
        ["id", "at", "platform", "conversation", "message", "user", "reaction", "comment", "mode", "outcome", "language", "question", "citations"];

    /// <summary>Between citations in one CSV cell: a citation itself holds commas, never " | ".</summary>
    public const string CitationSeparator = " | ";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Arabic questions stay readable in the file.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToCsv(IEnumerable<FeedbackEntry> entries)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(',', CsvColumns)).Append("\r\n");
        foreach (var entry in entries)
            csv.Append(string.Join(',', Cells(entry).Select(Cell))).Append("\r\n");
        return csv.ToString();
    }

    public static string ToJson(IEnumerable<FeedbackEntry> entries) =>
        JsonSerializer.Serialize(entries.Select(e => new
        {
            id = e.Id,
            at = e.At.ToUniversalTime(),
            platform = e.Answer.Platform,
            conversation = e.Answer.ConversationId,
            message = e.Answer.MessageId,
            user = e.UserId,
            reaction = e.Reaction.Code(),
            comment = e.Comment,
            mode = ModeCode(e.Answer.Mode),
            outcome = OutcomeCode(e.Answer.Outcome),
            language = e.Answer.Language.Code(),
            question = e.Answer.Question,
            citations = e.Answer.Citations,
        }), Json);

    public static string ModeCode(AnswerMode mode) => mode == AnswerMode.Generative ? "generative" : "extractive";

    public static string OutcomeCode(AnswerOutcome outcome) => outcome switch
    {
        AnswerOutcome.Found => "found",
        AnswerOutcome.NotFound => "notFound",
        _ => "invalid",
    };

    private static IEnumerable<string?> Cells(FeedbackEntry e) =>
    [
        e.Id.ToString(CultureInfo.InvariantCulture), e.At.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        e.Answer.Platform, e.Answer.ConversationId, e.Answer.MessageId, e.UserId, e.Reaction.Code(), e.Comment,
        ModeCode(e.Answer.Mode), OutcomeCode(e.Answer.Outcome), e.Answer.Language.Code(), e.Answer.Question,
        string.Join(CitationSeparator, e.Answer.Citations),
    ];

    /// <summary>
    /// Quoted when it holds a comma, a quote or a line break. Users wrote the questions and comments: a cell a
    /// spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe (OWASP's advice on CSV injection).
    /// </summary>
    private static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
