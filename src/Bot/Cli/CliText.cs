using System.Globalization;
using System.Text;

namespace ResBot.Bot.Cli;

/// <summary>
/// Text from outside (a file name, a message quoting one) made safe for one line of CLI output: a newline or other
/// control character in a corpus file name must not be able to forge a line such as "ok: …" that scripts read.
/// </summary>
public static class CliText
{
    public static string OneLine(string text)
    {
        if (!text.Any(NeedsEscape))
            return text;
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when NeedsEscape(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        return escaped.ToString();
    }

    // Control characters, and the Unicode line and paragraph separators some terminals and readers break on.
    private static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
