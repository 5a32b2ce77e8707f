using System.CommandLine;
using System.Globalization;
using ResBot.Bot.Cli.LineEditing;
using ResBot.Bot.Conversations;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Cli;

/// <summary>
/// `resbot chat [--conversation &lt;id&gt;]`: the conversation Teams and Slack have, in a terminal. Questions and
/// follow-ups ("and paragraph 8?", "the whole resolution", "بالفرنسية") are remembered in the store like a chat's,
/// so `--conversation` picks a conversation up again in a later run, within the follow-up window.
/// </summary>
public static class ChatCommand
{
    // What a shell reports for a command ended by SIGINT (128 + 2), as System.CommandLine does.
    private const int InterruptedExitCode = 130;

    private static readonly HashSet<string> ExitWords = new(StringComparer.OrdinalIgnoreCase) { "exit", "quit", "/exit", "/quit", "خروج", "quitter" };

    public static Command Create()
    {
        var conversation = new Option<string?>("--conversation") { Description = "Continue this conversation (default: a new one, whose id is printed)." };
        var command = new Command("chat", "Talk with ResBot: questions and follow-ups, one per line; exit or end of input stops.") { conversation };

        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = CliHost.Build(parse);
            var service = host.Services.GetRequiredService<ConversationService>();
            var id = parse.GetValue(conversation) ?? Guid.NewGuid().ToString("N")[..12];
            var interactive = !Console.IsInputRedirected;
            // Escape sequences are for a terminal to show; with output to a file the terminal echoes what is typed.
            var terminal = interactive && !Console.IsOutputRedirected;
            var locale = LanguageCodes.TryParse(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, out var ui) ? ui : (Language?)null;
            if (interactive)
                await Console.Error.WriteLineAsync($"ResBot chat {id} — \"help\" for help, \"exit\" to stop.");

            // A terminal gets a line editor with history (↑ recalls earlier questions); piped input is read as it comes.
            var editor = terminal ? new LineEditor(ConsoleTerminal.ReadKeyAsync, Console.Out, ConsoleTerminal.WindowColumns) : null;
            using var input = terminal ? null : new StreamReader(Console.OpenStandardInput(), System.Text.Encoding.UTF8);
            try
            {
                while (true)
                {
                    var line = editor is not null ? await editor.ReadLineAsync("> ", cancellationToken) : await input!.ReadLineAsync(cancellationToken);
                    if (line is null || ExitWords.Contains(line.Trim()))
                        break;
                    if (string.IsNullOrWhiteSpace(line))
                        continue;
                    var turn = new Turn(Platform.Cli, Environment.UserName, id, ThreadId: null, locale, line);
                    ConsoleReplyWriter.Write(Console.Out, await service.HandleAsync(turn, working: null, cancellationToken), bold: !Console.IsOutputRedirected);
                    await Console.Out.WriteLineAsync();
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Ctrl+C: System.CommandLine cancelled the token on SIGINT. The shell's prompt goes on a line of its own.
                await Console.Out.WriteLineAsync();
                return InterruptedExitCode;
            }
            return 0;
        });
        return command;
    }
}
