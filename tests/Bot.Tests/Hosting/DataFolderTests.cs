using ResBot.Bot.Tests.Cli;

namespace ResBot.Bot.Tests.Hosting;

/// <summary>Issue 11, finding 6: a data folder that cannot be written stops the start with the path and the fix, not a crash.</summary>
public sealed class DataFolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("resbot-datafolder-").FullName;

    [Theory]
    [InlineData("serve")]
    [InlineData("resolutions")]
    public async Task An_unusable_data_folder_exits_with_a_message_naming_the_path_and_the_fix(string verb)
    {
        // A regular file where a parent folder should be: the folder can never be created, even by root.
        var blocker = Path.Combine(_root, "not-a-folder");
        File.WriteAllText(blocker, "");
        var data = Path.Combine(blocker, "data");

        var result = verb == "serve"
            ? await ResbotProcess.RunAsync(null, "serve", "--urls", "http://127.0.0.1:0", "--Data:Path", data)
            : await ResbotProcess.RunAsync(null, verb, "--data", data);

        Assert.Equal(73, result.ExitCode);
        Assert.Contains($"cannot write to its data folder {data}", result.Errors);
        Assert.Contains("Fix:", result.Errors);
        Assert.DoesNotContain("   at ", result.Errors);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
