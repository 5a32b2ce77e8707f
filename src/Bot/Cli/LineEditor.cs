namespace ResBot.Bot.Cli;

/// <summary>
/// Reads a line from a terminal with the keys people expect from a shell: ↑ and ↓ walk back and forth through the
/// lines entered before (the one being typed is kept), ← → Home End move, Backspace and Delete erase, Ctrl+D on an
/// empty line ends input. .NET's Console.ReadLine keeps no history on Linux; piped input does not come here.
/// </summary>
public sealed class LineEditor(Func<ConsoleKeyInfo> readKey, TextWriter output)
{
    private readonly List<string> _history = [];

    public IReadOnlyList<string> History => _history;

    /// <summary>The line typed after <paramref name="prompt"/>, or null at end of input.</summary>
    public string? ReadLine(string prompt)
    {
        var line = new System.Text.StringBuilder();
        var cursor = 0;
        // Where ↑/↓ is in the history; _history.Count is the line being typed, kept in draft while browsing.
        var browsing = _history.Count;
        var draft = "";
        output.Write(prompt);
        while (true)
        {
            var key = readKey();
            switch (key.Key)
            {
                case ConsoleKey.Enter:
                    output.WriteLine();
                    var entered = line.ToString();
                    if (entered.Trim().Length > 0 && (_history.Count == 0 || _history[^1] != entered))
                        _history.Add(entered);
                    return entered;
                case ConsoleKey.D when key.Modifiers.HasFlag(ConsoleModifiers.Control):
                    if (line.Length > 0)
                        continue;
                    output.WriteLine();
                    return null;
                case ConsoleKey.UpArrow when browsing > 0:
                    if (browsing == _history.Count)
                        draft = line.ToString();
                    Replace(line, _history[--browsing], out cursor);
                    break;
                case ConsoleKey.DownArrow when browsing < _history.Count:
                    Replace(line, ++browsing == _history.Count ? draft : _history[browsing], out cursor);
                    break;
                case ConsoleKey.LeftArrow when cursor > 0:
                    cursor--;
                    break;
                case ConsoleKey.RightArrow when cursor < line.Length:
                    cursor++;
                    break;
                case ConsoleKey.Home:
                    cursor = 0;
                    break;
                case ConsoleKey.End:
                    cursor = line.Length;
                    break;
                case ConsoleKey.Backspace when cursor > 0:
                    line.Remove(--cursor, 1);
                    break;
                case ConsoleKey.Delete when cursor < line.Length:
                    line.Remove(cursor, 1);
                    break;
                default:
                    if (key.KeyChar == '\0' || char.IsControl(key.KeyChar))
                        continue;
                    line.Insert(cursor++, key.KeyChar);
                    break;
            }
            Redraw(prompt, line, cursor);
        }
    }

    private static void Replace(System.Text.StringBuilder line, string text, out int cursor)
    {
        line.Clear().Append(text);
        cursor = line.Length;
    }

    /// <summary>The whole line again, then the cursor back to its place: simpler than patching, and lines are short.</summary>
    private void Redraw(string prompt, System.Text.StringBuilder line, int cursor)
    {
        // \r to the line's start, ESC[K clears what a longer earlier text left, ESC[nD moves left n columns.
        output.Write("\r" + prompt + line + "\u001b[K");
        if (line.Length > cursor)
            output.Write($"\u001b[{line.Length - cursor}D");
    }
}
