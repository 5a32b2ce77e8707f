using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using ResBot.Knowledge;

namespace ResBot.Bot.Tests.Hosting;

/// <summary>
/// Issue 14: the README's table of settings is generated from, and checked against, the options classes that
/// configuration binds (every class of the bot or the knowledge core with a `Section` constant): each setting has its row with its
/// environment-variable form and its default, and no row names a setting that does not exist.
/// </summary>
public sealed partial class ConfigurationTableTests
{
    private sealed record Setting(string Key, string Variable, string? Default);

    [Fact]
    public void Every_setting_has_a_row_with_its_environment_variable_and_default()
    {
        var rows = ReadmeRows();
        var wrong = new List<string>();
        foreach (var setting in BoundSettings())
        {
            if (!rows.TryGetValue(setting.Key, out var row))
                wrong.Add($"| `{setting.Key}` | `{setting.Variable}` | {(setting.Default is null ? "empty" : $"`{setting.Default}`")} | … |   (missing)");
            else if (row.Variable != setting.Variable && row.Variable != setting.Variable + "__0")
                wrong.Add($"{setting.Key}: environment variable `{row.Variable}`, should be `{setting.Variable}`");
            else if (setting.Default is not null && !row.Default.Contains($"`{setting.Default}`", StringComparison.Ordinal))
                wrong.Add($"{setting.Key}: default '{row.Default}', the options class says `{setting.Default}`");
        }
        Assert.True(wrong.Count == 0, "README.md, table 'Every setting':\n" + string.Join('\n', wrong));
    }

    [Fact]
    public void No_row_names_a_setting_that_is_not_bound()
    {
        var bound = BoundSettings().Select(s => s.Key).ToHashSet();

        Assert.DoesNotContain(ReadmeRows().Keys, key => !bound.Contains(key));
    }

    [Fact]
    public void The_settings_found_include_every_section_the_bot_binds()
    {
        var sections = BoundSettings().Select(s => s.Key.Split(':')[0]).Distinct().Order();

        Assert.Equal(["Conversations", "Corpus", "Data", "Digests", "Knowledge", "Llm", "Slack", "Storage", "Teams", "Telemetry"], sections);
    }

    // The host sets the knowledge core's folders from `Corpus:Path` and `Data:Path` (KnowledgeServiceExtensions), over
    // whatever its own section says: they are not settings of their own.
    private static readonly string[] SetByTheHost = ["Knowledge:CorpusPath", "Knowledge:DataPath"];

    /// <summary>Public settable properties of every options class that names its configuration section.</summary>
    private static IReadOnlyList<Setting> BoundSettings() =>
        new[] { typeof(Program).Assembly, typeof(KnowledgeOptions).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .Where(t => t.Name.EndsWith("Options", StringComparison.Ordinal) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (Type: t, Section: t.GetField("Section", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string))
            .Where(t => t.Section is not null)
            .SelectMany(t =>
            {
                var defaults = Activator.CreateInstance(t.Type);
                return t.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.CanWrite && p.SetMethod!.IsPublic)
                    .Select(p => new Setting($"{t.Section}:{p.Name}", $"{t.Section}__{p.Name}", Format(p.GetValue(defaults))));
            })
            .Where(setting => !SetByTheHost.Contains(setting.Key))
            .ToList();

    /// <summary>The default as configuration would spell it; null when there is none to show (empty, a list).</summary>
    private static string? Format(object? value) => value switch
    {
        null or "" => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
        IEnumerable => null,
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>The table's rows by setting: the environment variable (inside its backticks) and the default cell.</summary>
    private static Dictionary<string, (string Variable, string Default)> ReadmeRows()
    {
        var lines = File.ReadAllLines(RepositoryRoot.File("README.md"));
        var heading = Array.IndexOf(lines, "#### Every setting");
        Assert.True(heading >= 0, "README.md has no '#### Every setting' table");
        return lines.Skip(heading + 1)
            .SkipWhile(line => !line.StartsWith('|'))
            .TakeWhile(line => line.StartsWith('|'))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Where(cells => cells.Length == 6 && cells[1].StartsWith('`'))
            .ToDictionary(cells => cells[1].Trim('`'), cells => (Code().Match(cells[2]).Groups[1].Value, cells[3]));
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();
}
