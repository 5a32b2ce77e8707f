using System.Text;

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

    // As ConsoleReplyWriter opens an Arabic reply: the mark makes the terminal lay the line out right to left
    // (where it lays out bidirectional text at all), so a question mark or a number ends up where an Arabic reader
    // expects it. It is shown only; the line given back is what was typed.
    private const char RightToLeftMark = '\u200F';

    // Rows the cursor stands below the prompt's first row.
    private int _row;

    public void Start(string prompt)
    {
        output.Write(prompt);
        _row = RowOf(prompt);
    }

    public void Draw(string prompt, string text, int cursor)
    {
        var start = RightToLeft(text) ? prompt + RightToLeftMark : prompt;
        var frame = new StringBuilder();
        BackToStart(frame);
        frame.Append('\r').Append(ControlSequence).Append('J').Append(start).Append(text);
        _row = RowOf(start + text);
        if (cursor < text.Length)
        {
            var beforeCursor = start + text[..cursor];
            BackToStart(frame);
            frame.Append('\r').Append(beforeCursor);
            _row = RowOf(beforeCursor);
            // Text that fills its last row exactly leaves the cursor on that row's last column, waiting to wrap; the
            // next character is at the start of the row below.
            if (FillsRows(beforeCursor))
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

    /// <summary>Mostly letters of a right-to-left script (Arabic, Hebrew, Syriac, Thaana, N'Ko…): a Latin name inside stays a guest.</summary>
    private static bool RightToLeft(string text)
    {
        int rightToLeft = 0, leftToRight = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsLetter(rune))
                continue;
            if (rune.Value is >= 0x0590 and <= 0x08FF or >= 0xFB1D and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF or >= 0x10800 and <= 0x10FFF or >= 0x1E800 and <= 0x1EFFF)
                rightToLeft++;
            else
                leftToRight++;
        }
        return rightToLeft > leftToRight;
    }

    private void BackToStart(StringBuilder frame)
    {
        if (_row > 0)
            frame.Append(ControlSequence).Append(_row).Append('A');
    }

    private int RowOf(string shown)
    {
        var width = Columns();
        var used = TerminalColumns.Of(shown);
        return width == int.MaxValue || used == 0 ? 0 : (used - 1) / width;
    }

    private bool FillsRows(string shown)
    {
        var width = Columns();
        var used = TerminalColumns.Of(shown);
        return width != int.MaxValue && used > 0 && used % width == 0;
    }

    // A width the console cannot tell (output not a terminal) is taken as no wrapping at all.
    private int Columns()
    {
        var columns = windowColumns();
        return columns > 0 ? columns : int.MaxValue;
    }
}
