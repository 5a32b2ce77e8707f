using ResBot.Bot.Cli;

namespace ResBot.Bot.Tests.Cli;

/// <summary>`resbot chat`'s line editor, driven by key scripts: what line each Enter gives back.</summary>
public sealed class LineEditorTests
{
    /// <summary>"↑" "↓" "←" "→" "⌫" "⌦" "⇱" "⇲" "⏎" "^D" are keys; any other character is typed.</summary>
    private static List<string?> Lines(string script)
    {
        var keys = new Queue<ConsoleKeyInfo>(Keys(script));
        var editor = new LineEditor(keys.Dequeue, TextWriter.Null);
        var lines = new List<string?>();
        while (keys.Count > 0)
            lines.Add(editor.ReadLine("> "));
        return lines;
    }

    private static IEnumerable<ConsoleKeyInfo> Keys(string script)
    {
        for (var i = 0; i < script.Length; i++)
        {
            if (script[i] == '^' && i + 1 < script.Length && script[i + 1] == 'D')
            {
                i++;
                yield return new ConsoleKeyInfo('\u0004', ConsoleKey.D, shift: false, alt: false, control: true);
                continue;
            }
            yield return script[i] switch
            {
                '↑' => Key(ConsoleKey.UpArrow),
                '↓' => Key(ConsoleKey.DownArrow),
                '←' => Key(ConsoleKey.LeftArrow),
                '→' => Key(ConsoleKey.RightArrow),
                '⌫' => Key(ConsoleKey.Backspace, '\b'),
                '⌦' => Key(ConsoleKey.Delete),
                '⇱' => Key(ConsoleKey.Home),
                '⇲' => Key(ConsoleKey.End),
                '⏎' => Key(ConsoleKey.Enter, '\r'),
                var c => new ConsoleKeyInfo(c, ConsoleKey.A, shift: false, alt: false, control: false),
            };
        }
    }

    private static ConsoleKeyInfo Key(ConsoleKey key, char c = '\0') => new(c, key, shift: false, alt: false, control: false);

    [Theory]
    [InlineData("38/4⏎", new[] { "38/4" })]
    [InlineData("first⏎second⏎↑⏎", new[] { "first", "second", "second" })]
    [InlineData("first⏎second⏎↑↑⏎", new[] { "first", "second", "first" })]
    [InlineData("first⏎↑↑↑⏎", new[] { "first", "first" })]
    [InlineData("first⏎second⏎↑↑↓⏎", new[] { "first", "second", "second" })]
    [InlineData("first⏎draft↑↓⏎", new[] { "first", "draft" })]
    [InlineData("first⏎↑ again⏎", new[] { "first", "first again" })]
    [InlineData("and paragrph 8?←←←←←a⏎", new[] { "and paragraph 8?" })]
    [InlineData("and paragraphh 8?←←←⌫⏎", new[] { "and paragraph 8?" })]
    [InlineData("x8?⇱⌦and paragraph ⇲⏎", new[] { "and paragraph 8?" })]
    [InlineData("ماذا عن الفقرة 8؟⏎↑⏎", new[] { "ماذا عن الفقرة 8؟", "ماذا عن الفقرة 8؟" })]
    public void Enter_gives_the_line_as_edited_and_up_recalls_earlier_ones(string script, string[] expected) =>
        Assert.Equal(expected, Lines(script));

    [Fact]
    public void Ctrl_d_on_an_empty_line_ends_input_and_is_ignored_inside_a_line()
    {
        Assert.Equal(["help", null], Lines("he^Dlp⏎^D"));
    }

    [Fact]
    public void Blank_lines_and_repeats_are_not_kept_in_history()
    {
        var keys = new Queue<ConsoleKeyInfo>(Keys("a⏎a⏎  ⏎b⏎"));
        var editor = new LineEditor(keys.Dequeue, TextWriter.Null);
        while (keys.Count > 0)
            editor.ReadLine("> ");

        Assert.Equal(["a", "b"], editor.History);
    }
}
