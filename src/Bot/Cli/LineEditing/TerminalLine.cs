using System.Text;
using ResBot.Knowledge.Model;
using ResBot.Knowledge.Understanding;

namespace ResBot.Bot.Cli.LineEditing;

/// <summary>
/// The line being edited, drawn in a terminal. Every change redraws it whole: back to where the prompt starts, clear to
/// the end of the screen, the prompt and the text; then, with the cursor inside the text, back to the prompt's start
/// and the prompt and the text up to the cursor written again, so the cursor stands where the terminal itself put that
/// text. Combining marks, wide characters and right-to-left runs are the terminal's to measure: moving by a count of
/// columns (ESC[nD) goes wrong on each of them. Only a line longer than the window needs our own estimate of widths
/// (<see cref="TerminalColumns"/>), to know how many rows to go back up.
/// </summary>
internal sealed class TerminalLine(TextWriter output, Func<int> windowColumns)
{
    private const string ControlSequence = "\u001b[";

    // Rows the cursor stands below the prompt's first row.
    private int _row;

    public void Start(string prompt)
    {
        output.Write(prompt);
        _row = Extent(prompt).Row;
    }

    public void Draw(string prompt, string text, int cursor)
    {
        // Opened in the direction its reply will take (ConsoleReplyWriter: the reply's language, which the conversation
        // detects from these words; only a line whose words say nothing, such as "38/4", takes the conversation's
        // earlier language there), so a question and its answer read the same way. Shown only: the line given back is
        // what was typed.
        var start = LanguageDetector.Detect(text).IsRightToLeft() ? prompt + TerminalDirection.RightToLeftMark : prompt;
        var frame = new StringBuilder();
        BackToStart(frame);
        frame.Append('\r').Append(ControlSequence).Append('J').Append(start).Append(text);
        _row = Extent(start + text).Row;
        if (cursor < text.Length)
        {
            var beforeCursor = start + text[..cursor];
            BackToStart(frame);
            frame.Append('\r').Append(beforeCursor);
            (_row, var fillsLastRow) = Extent(beforeCursor);
            // Text that fills its last row exactly leaves the cursor on that row's last column, waiting to wrap; the
            // next character is at the start of the row below.
            if (fillsLastRow)
            {
                frame.Append('\r').Append(ControlSequence).Append('B');
                _row++;
            }
        }
        output.Write(frame.ToString());
    }

    /// <summary>The cursor after the whole text, then a new line: Enter inside a wrapped line must not break it in two.</summary>
    public void Finish(string prompt, string text, int cursor)
    {
        if (cursor < text.Length)
            Draw(prompt, text, text.Length);
        output.WriteLine();
        _row = 0;
    }

    private void BackToStart(StringBuilder frame)
    {
        if (_row > 0)
            frame.Append(ControlSequence).Append(_row).Append('A');
    }

    /// <summary>The row below the first where <paramref name="shown"/> ends, and whether it fills that row exactly.</summary>
    private (int Row, bool FillsLastRow) Extent(string shown)
    {
        var width = windowColumns();
        var used = TerminalColumns.Of(shown);
        // A width the console cannot tell (output not a terminal) is taken as no wrapping at all.
        return width <= 0 || used == 0 ? (0, false) : ((used - 1) / width, used % width == 0);
    }
}
