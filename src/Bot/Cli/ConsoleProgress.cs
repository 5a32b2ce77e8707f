namespace ResBot.Bot.Cli;

/// <summary>A one-line progress bar on standard error, drawn only for a terminal and only on long runs.</summary>
public sealed class ConsoleProgress(int total)
{
    private const int Width = 30;
    private const int MinimumItems = 10;

    private readonly bool _visible = total >= MinimumItems && !Console.IsErrorRedirected;
    private int _done;

    public void Advance(string item)
    {
        _done++;
        if (!_visible)
            return;
        var filled = _done * Width / total;
        Console.Error.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {_done}/{total} {Truncate(item)}");
    }

    public void Clear()
    {
        if (_visible)
            Console.Error.Write("\r" + new string(' ', Width + 60) + "\r");
    }

    private static string Truncate(string item) => item.Length <= 40 ? item.PadRight(40) : item[..39] + "…";
}
