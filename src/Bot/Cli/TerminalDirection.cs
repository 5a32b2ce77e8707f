using ResBot.Knowledge.Model;

namespace ResBot.Bot.Cli;

/// <summary>
/// Terminals lay text out left to right. A line opened with a right-to-left mark is laid out right to left (where the
/// terminal lays out bidirectional text at all), so a question mark or a number ends up where an Arabic reader expects
/// it. The mark is for display only: nothing read back from a terminal line or a file keeps it.
/// </summary>
internal static class TerminalDirection
{
    public const char RightToLeftMark = '\u200F';

    /// <summary><paramref name="text"/>, opened with the mark when <paramref name="language"/> is written right to left.</summary>
    public static string Directional(string text, Language language) =>
        language.IsRightToLeft() ? RightToLeftMark + text : text;
}
