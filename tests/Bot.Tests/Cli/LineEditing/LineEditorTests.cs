using System.Text;
using ResBot.Bot.Cli.LineEditing;

namespace ResBot.Bot.Tests.Cli.LineEditing;

/// <summary>`resbot chat`'s line editor, driven by key scripts: what line each Enter gives back, and what the terminal is sent.</summary>
public sealed class LineEditorTests
{
    private const string ClearToEnd = "\u001b[J";
    private const char RightToLeftMark = '\u200F';

    /// <summary>
    /// "↑" "↓" "←" "→" "⌫" "⌦" "⇱" "⇲" "⏎" "^D" are keys; any other UTF-16 code unit is typed, one key each, as a
    /// terminal delivers them (an emoji's surrogate pair as two keys).
    /// </summary>
    private static async Task<(List<string?> Lines, string Output)> RunAsync(string script, int windowColumns = 80)
    {
        var keys = new Queue<ConsoleKeyInfo>(Keys(script));
        var output = new StringWriter();
        var editor = new LineEditor(_ => ValueTask.FromResult(keys.Dequeue()), output, () => windowColumns);
        var lines = new List<string?>();
        while (keys.Count > 0)
            lines.Add(await editor.ReadLineAsync("> ", CancellationToken.None));
        return (lines, output.ToString());
    }

    private static async Task<List<string?>> LinesAsync(string script) => (await RunAsync(script)).Lines;

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
    public async Task Enter_gives_the_line_as_edited_and_up_recalls_earlier_ones(string script, string[] expected) =>
        Assert.Equal(expected, await LinesAsync(script));

    /// <summary>
    /// A letter with its diacritics, an emoji (two UTF-16 units), a flag (two regional indicators, four units), a
    /// family joined by zero-width joiners: each is one step for ← → and one erasure for Backspace and Delete.
    /// </summary>
    [Theory]
    // مُحَمَّد: Backspace at the end takes the bare دال; after one ← it takes ميم with its shadda and fatha.
    [InlineData("مُحَمَّد⌫⏎", "مُحَمَّ")]
    [InlineData("مُحَمَّد←⌫⏎", "مُحَد")]
    [InlineData("مُحَمَّد⇱⌦⏎", "حَمَّد")]
    [InlineData("مُحَمَّد⇱→→⌦⏎", "مُحَد")]
    // A diacritic typed after its letter joins it, at the end of the line or inside it.
    [InlineData("قراً⌫⏎", "قر")]
    [InlineData("قرار←ً⏎", "قراًر")]
    [InlineData("ok 😀⌫⏎", "ok ")]
    [InlineData("ok 😀!←←⌫⏎", "ok😀!")]
    [InlineData("a😀b⇱→⌦⏎", "ab")]
    [InlineData("🇸🇦🇫🇷←⌫⏎", "🇫🇷")]
    [InlineData("👨‍👩‍👧x←⌫⏎", "x")]
    [InlineData("会议决议←←⌫⏎", "会决议")]
    public async Task Keys_move_and_erase_whole_text_elements(string script, string expected)
    {
        var line = Assert.Single(await LinesAsync(script));

        Assert.Equal(expected, line);
        Assert.True(IsValidUtf16(line!), "the line holds half a surrogate pair");
    }

    [Theory]
    [InlineData("ok 😀⌫←😀⏎")]
    [InlineData("😀😀←⌫→⌦⇱⌦⏎")]
    public async Task What_the_terminal_is_sent_never_holds_half_a_surrogate_pair(string script)
    {
        var (_, output) = await RunAsync(script);

        Assert.True(IsValidUtf16(output), "a redraw wrote half a surrogate pair");
    }

    [Fact]
    public async Task The_cursor_is_placed_by_writing_the_text_before_it_again_not_by_counting_columns()
    {
        // "مُ" is two UTF-16 units in one column: ESC[2D would have gone back over "ب" as well.
        var (_, output) = await RunAsync("بمُ←⏎");

        // ← redraws the line, then writes the prompt and "ب" again: the terminal leaves the cursor after them.
        Assert.Contains($"\r{ClearToEnd}> {RightToLeftMark}بمُ\r> {RightToLeftMark}ب\r{ClearToEnd}", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\u001b\[\d*D", output);
    }

    [Fact]
    public async Task An_arabic_line_is_shown_after_a_right_to_left_mark_and_given_back_without_it()
    {
        var (lines, output) = await RunAsync("ما هو القرار 38/4؟⏎question⏎");

        Assert.Equal(["ما هو القرار 38/4؟", "question"], lines);
        Assert.Contains($"\r{ClearToEnd}> {RightToLeftMark}ما هو القرار 38/4؟", output, StringComparison.Ordinal);
        Assert.Contains($"\r{ClearToEnd}> question", output, StringComparison.Ordinal);
        Assert.DoesNotContain($"{RightToLeftMark}question", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_line_longer_than_the_window_is_redrawn_from_its_first_row()
    {
        // 2 columns of prompt and 25 of text in a 10-column window: three rows, the cursor on the last.
        var (lines, output) = await RunAsync("abcdefghijklmnopqrstuvwxy⇱⏎", windowColumns: 10);

        Assert.Equal(["abcdefghijklmnopqrstuvwxy"], lines);
        // Home: up two rows to the prompt, clear, the text; up two rows again, the prompt: the cursor after it.
        Assert.Contains($"\u001b[2A\r{ClearToEnd}> abcdefghijklmnopqrstuvwxy\u001b[2A\r> \r", output, StringComparison.Ordinal);
        // Enter from there first goes to the end of the text, so the new line does not cut it in two.
        Assert.EndsWith($"\r{ClearToEnd}> abcdefghijklmnopqrstuvwxy{Environment.NewLine}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wide_characters_count_two_columns_when_a_line_wraps()
    {
        // Prompt 2 + five wide characters 10 = 12 columns in a 10-column window: the cursor is one row down.
        var (_, output) = await RunAsync("会议决议案⇱⏎", windowColumns: 10);

        Assert.Contains($"\u001b[1A\r{ClearToEnd}> 会议决议案\u001b[1A\r> ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_read_ends_without_waiting_for_a_key()
    {
        using var cancel = new CancellationTokenSource();
        var editor = new LineEditor(async token =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return default;
        }, TextWriter.Null, () => 80);

        var read = editor.ReadLineAsync("> ", cancel.Token);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read);
    }

    [Fact]
    public async Task Ctrl_d_on_an_empty_line_ends_input_and_is_ignored_inside_a_line()
    {
        Assert.Equal(["help", null], await LinesAsync("he^Dlp⏎^D"));
    }

    [Fact]
    public async Task Blank_lines_and_repeats_are_not_kept_in_history()
    {
        var keys = new Queue<ConsoleKeyInfo>(Keys("a⏎a⏎  ⏎b⏎"));
        var editor = new LineEditor(_ => ValueTask.FromResult(keys.Dequeue()), TextWriter.Null, () => 80);
        while (keys.Count > 0)
            await editor.ReadLineAsync("> ", CancellationToken.None);

        Assert.Equal(["a", "b"], editor.History);
    }

    private static bool IsValidUtf16(string text)
    {
        try
        {
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetByteCount(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }
}
