namespace ResBot.Bot.Cli.LineEditing;

/// <summary>
/// Reads a line from a terminal with the keys people expect from a shell: ↑ and ↓ walk back and forth through the
/// lines entered before (the one being typed is kept), ← → Home End move, Backspace and Delete erase, Ctrl+D on an
/// empty line ends input. .NET's Console.ReadLine keeps no history on Linux; piped input does not come here.
/// Keys move and erase whole text elements (<see cref="LineBuffer"/>); the terminal places the cursor (<see cref="TerminalLine"/>).
/// </summary>
/// <param name="readKey">The next key; it ends with an OperationCanceledException when the token is cancelled.</param>
/// <param name="windowColumns">The terminal's width now (it can be resized between keys); 0 when unknown.</param>
public sealed class LineEditor(Func<CancellationToken, ValueTask<ConsoleKeyInfo>> readKey, TextWriter output, Func<int> windowColumns)
{
    private readonly List<string> _history = [];
    private readonly TerminalLine _terminal = new(output, windowColumns);

    public IReadOnlyList<string> History => _history;

    /// <summary>The line typed after <paramref name="prompt"/>, or null at end of input.</summary>
    public async Task<string?> ReadLineAsync(string prompt, CancellationToken cancellationToken)
    {
        var line = new LineBuffer();
        // Where ↑/↓ is in the history; _history.Count is the line being typed, kept in draft while browsing.
        var browsing = _history.Count;
        var draft = "";
        _terminal.Start(prompt);
        while (true)
        {
            var key = await readKey(cancellationToken);
            bool changed;
            switch (key.Key)
            {
                case ConsoleKey.Enter:
                    _terminal.Finish(prompt, line.Text, line.Cursor);
                    if (line.Text.Trim().Length > 0 && (_history.Count == 0 || _history[^1] != line.Text))
                        _history.Add(line.Text);
                    return line.Text;
                case ConsoleKey.D when key.Modifiers.HasFlag(ConsoleModifiers.Control):
                    if (line.Text.Length > 0)
                        continue;
                    _terminal.Finish(prompt, line.Text, line.Cursor);
                    return null;
                case ConsoleKey.UpArrow when browsing > 0:
                    if (browsing == _history.Count)
                        draft = line.Text;
                    line.Replace(_history[--browsing]);
                    changed = true;
                    break;
                case ConsoleKey.DownArrow when browsing < _history.Count:
                    line.Replace(++browsing == _history.Count ? draft : _history[browsing]);
                    changed = true;
                    break;
                case ConsoleKey.LeftArrow:
                    changed = line.Left();
                    break;
                case ConsoleKey.RightArrow:
                    changed = line.Right();
                    break;
                case ConsoleKey.Home:
                    changed = line.Home();
                    break;
                case ConsoleKey.End:
                    changed = line.End();
                    break;
                case ConsoleKey.Backspace:
                    changed = line.Backspace();
                    break;
                case ConsoleKey.Delete:
                    changed = line.Delete();
                    break;
                default:
                    if (key.KeyChar == '\0' || char.IsControl(key.KeyChar))
                        continue;
                    line.Insert(key.KeyChar);
                    // Half a surrogate pair cannot be written; the key with the other half follows at once.
                    changed = !line.AwaitsLowSurrogate;
                    break;
            }
            if (changed)
                _terminal.Draw(prompt, line.Text, line.Cursor);
        }
    }
}
