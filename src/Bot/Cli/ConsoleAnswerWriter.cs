using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Cli;

/// <summary>
/// Human output of an answer. Terminals lay text out left to right; Arabic lines are opened with a
/// right-to-left mark and citations are kept on their own lines, so each reads in its own direction.
/// </summary>
public static class ConsoleAnswerWriter
{
    /// <param name="bold">Whether the output is a terminal that shows ANSI bold: highlighted facts are set in bold there,
    /// and left as plain words in a file or a pipe, where escape codes would corrupt the quote.</param>
    public static void Write(TextWriter output, Answer answer, bool bold = false)
    {
        if (answer.Label is { } label)
            output.WriteLine($"[{label}]");
        output.WriteLine(TerminalDirection.Directional(answer.Lead, answer.Language));
        foreach (var clause in answer.Clauses)
        {
            output.WriteLine();
            output.WriteLine($"  [{clause.Citation}]{Marker(clause, answer.Language)}");
            output.WriteLine("  " + TerminalDirection.Directional(bold ? Bold(clause) : clause.Text, clause.TextLanguage));
        }
        if (answer.Notes.Count > 0)
            output.WriteLine();
        foreach (var note in answer.Notes)
            output.WriteLine(TerminalDirection.Directional("* " + note, answer.Language));
    }

    private const string BoldOn = "\u001b[1m";
    private const string BoldOff = "\u001b[22m";

    private static string Bold(QuotedClause clause) =>
        string.Concat(QuoteSegment.Of(clause).Select(s => s.Highlighted ? BoldOn + s.Text + BoldOff : s.Text));

    private static string Marker(QuotedClause clause, Language answerLanguage) =>
        clause.IsMachineTranslation ? " (machine translation)"
        : clause.TextLanguage != answerLanguage ? $" ({clause.TextLanguage.Code()}, authoritative)"
        : "";
}
