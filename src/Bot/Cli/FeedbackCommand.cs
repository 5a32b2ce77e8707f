using System.CommandLine;
using System.Globalization;
using ResBot.Bot.Conversations;
using ResBot.Bot.Feedback;
using ResBot.Bot.Storage;

namespace ResBot.Bot.Cli;

/// <summary>
/// `resbot feedback [--since &lt;date&gt;] [--platform msteams|slack] [--reaction like|dislike] [--json | --csv]`: the thumbs
/// users gave answers in Teams and Slack, with the question, citations and mode each judges. A table by default;
/// `--json` and `--csv` export the same rows (dislikes with their questions are ready-made eval questions).
/// </summary>
public static class FeedbackCommand
{
    public static Command Create()
    {
        var since = new Option<string?>("--since")
        {
            Description = "Only feedback given on or after this date or instant (2026-03-01, or ISO 8601 with offset).",
        };
        var platform = new Option<string?>("--platform") { Description = "Only this platform: msteams (or teams) or slack." };
        var reaction = new Option<string?>("--reaction") { Description = "Only like or dislike." };
        var json = new Option<bool>("--json") { Description = "Write the feedback as a JSON array." };
        var csv = new Option<bool>("--csv") { Description = "Write the feedback as CSV (RFC 4180, one row per feedback)." };
        var command = new Command("feedback", "List or export the feedback users gave answers in Teams and Slack.") { since, platform, reaction, json, csv };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(json) && parse.GetValue(csv))
                return await FailAsync("--json and --csv cannot be combined: choose one format");
            if (!TryReadSince(parse.GetValue(since), out var from))
                return await FailAsync($"--since must be a date such as 2026-03-01 or an ISO 8601 instant (got \"{parse.GetValue(since)}\")");
            if (!TryReadPlatform(parse.GetValue(platform), out var onPlatform))
                return await FailAsync($"--platform must be msteams or slack (got \"{parse.GetValue(platform)}\")");
            FeedbackReaction? only = null;
            if (parse.GetValue(reaction) is { } text)
            {
                if (!FeedbackReactions.TryParse(text, out var parsed))
                    return await FailAsync($"--reaction must be like or dislike (got \"{text}\")");
                only = parsed;
            }

            using var host = CliHost.Build(parse);
            var entries = await host.Services.GetRequiredService<IFeedbackStore>().ListFeedbackAsync(new FeedbackFilter(from, onPlatform, only), cancellationToken);
            if (parse.GetValue(json))
                Console.Out.WriteLine(FeedbackExport.ToJson(entries));
            else if (parse.GetValue(csv))
                Console.Out.Write(FeedbackExport.ToCsv(entries));
            else
                WriteTable(entries);
            return 0;
        });
        return command;
    }

    private static void WriteTable(IReadOnlyList<FeedbackEntry> entries)
    {
        if (entries.Count == 0)
        {
            Console.Out.WriteLine("No feedback yet.");
            return;
        }
        foreach (var entry in entries)
        {
            var answer = entry.Answer;
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"#{entry.Id} {entry.At.ToUniversalTime():yyyy-MM-dd HH:mm}Z {answer.Platform} {entry.Reaction.Code()} ({FeedbackExport.ModeCode(answer.Mode)}, {FeedbackExport.OutcomeCode(answer.Outcome)})"));
            Console.Out.WriteLine($"  Q: {answer.Question}");
            foreach (var citation in answer.Citations)
                Console.Out.WriteLine($"  - {citation}");
            if (entry.Comment is { } comment)
                Console.Out.WriteLine($"  Comment: {comment}");
        }
        var likes = entries.Count(e => e.Reaction == FeedbackReaction.Like);
        Console.Out.WriteLine($"{entries.Count} feedback: {likes} like, {entries.Count - likes} dislike.");
    }

    /// <summary>A bare date is midnight UTC of that day; an instant keeps its offset.</summary>
    private static bool TryReadSince(string? text, out DateTimeOffset? since)
    {
        since = null;
        if (string.IsNullOrWhiteSpace(text))
            return true;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            since = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return true;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
        {
            since = instant;
            return true;
        }
        return false;
    }

    /// <summary>The store's platform ids (<see cref="Platform"/>); "teams" is accepted for msteams, as people say it.</summary>
    private static bool TryReadPlatform(string? text, out string? platform)
    {
        var name = text?.Trim().ToLowerInvariant();
        platform = string.IsNullOrEmpty(name) ? null : name == "teams" ? Platform.Teams.Id : name;
        return string.IsNullOrEmpty(name) || platform == Platform.Teams.Id || platform == Platform.Slack.Id;
    }

    private static async Task<int> FailAsync(string message)
    {
        await Console.Error.WriteLineAsync("error: " + message);
        return 2;
    }
}
