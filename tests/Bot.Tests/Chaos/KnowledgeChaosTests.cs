using System.Net;

namespace ResBot.Bot.Tests.Chaos;

/// <summary>
/// Issue 11, findings 2 and 3, against the real `resbot serve` process: a damaged index, a removed corpus folder and a
/// bad file leave the host serving answers, and /readyz says what is wrong.
/// </summary>
[Collection(ChaosCollection.Name)]
[Trait("Category", "Chaos")]
public sealed class KnowledgeChaosTests
{
    private const string Paragraph6 = "OIC/CFM-38/2011/INF/RES/FINAL, 38/4, ¶6";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    /// <summary>Re-reads the corpus folder every second, so a test sees the host react to a change it made.</summary>
    private static Dictionary<string, string?> Reloading(ChaosScene scene) =>
        scene.Settings(new Dictionary<string, string?> { ["Corpus:ReloadInterval"] = "00:00:01" });

    [Fact]
    public async Task A_host_restarted_over_an_index_with_zeroed_bytes_in_segments_n_rebuilds_it_and_answers()
    {
        await using var scene = new ChaosScene();
        var first = await scene.StartAsync(scene.Settings());
        Assert.Contains(Paragraph6, await scene.AskAsync(first, "C-before-damage"));
        Assert.Equal(0, await first.TerminateAsync(Patience));
        var index = Assert.Single(Directory.GetDirectories(Path.Combine(scene.DataPath, "index")));
        using (var segments = File.OpenWrite(Directory.GetFiles(index, "segments_*").Single()))
        {
            segments.Position = 4;
            segments.Write(new byte[8]);
        }

        var second = await scene.StartAsync(scene.Settings());

        Assert.Contains(Paragraph6, await scene.AskAsync(second, "C-after-damage"));
        var folders = Directory.GetDirectories(Path.Combine(scene.DataPath, "index")).Select(Path.GetFileName).ToList();
        Assert.Contains(folders, f => f!.StartsWith(Path.GetFileName(index) + ".damaged-", StringComparison.Ordinal));
        Assert.False(second.HasExited);
    }

    [Fact]
    public async Task A_removed_corpus_folder_turns_readiness_unhealthy_with_the_reason_while_answers_come_from_the_last_snapshot()
    {
        await using var scene = new ChaosScene();
        var host = await scene.StartAsync(Reloading(scene));

        Directory.Move(scene.CorpusPath, scene.CorpusPath + ".gone");
        await host.WaitUntilAsync(async () => (await host.ReadyAsync()) is { Status: HttpStatusCode.ServiceUnavailable } ready
            && ready.Body.Contains("does not exist", StringComparison.Ordinal), Patience, "/readyz 503 naming the missing folder");
        Assert.Contains(Paragraph6, await scene.AskAsync(host, "C-folder-gone"));

        Directory.Move(scene.CorpusPath + ".gone", scene.CorpusPath);
        await host.WaitUntilAsync(async () => (await host.ReadyAsync()).Status == HttpStatusCode.OK, Patience, "/readyz 200 once the folder is back");
    }

    [Fact]
    public async Task A_corpus_file_emptied_while_serving_keeps_its_last_good_version_and_is_reported()
    {
        await using var scene = new ChaosScene();
        var host = await scene.StartAsync(Reloading(scene));
        const string english = "oic-cfm38-2011-inf-resolutions.en.txt";

        File.WriteAllText(Path.Combine(scene.CorpusPath, english), "");
        await host.WaitUntilAsync(async () => (await host.ReadyAsync()).Body.Contains($"last good version: {english}", StringComparison.Ordinal),
            Patience, "/readyz naming the refused file");

        var answer = await scene.AskAsync(host, "C-bad-file");
        Assert.Contains(Paragraph6, answer);
        Assert.Contains("member States", answer);
        Assert.Equal(HttpStatusCode.OK, (await host.ReadyAsync()).Status);
    }
}
