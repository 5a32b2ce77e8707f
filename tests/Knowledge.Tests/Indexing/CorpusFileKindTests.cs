using System.Diagnostics;
using ResBot.Knowledge.Corpus;

namespace ResBot.Knowledge.Tests.Indexing;

/// <summary>Issue 11, finding 8: the loader reads only regular files of the corpus folder, never through a link, never past its cap.</summary>
public sealed class CorpusFileKindTests : IDisposable
{
    private readonly string _folder = TestCorpus.CopyToTemporaryFolder();

    [Fact]
    public async Task Symbolic_links_and_fifos_are_refused_without_blocking_and_the_rest_loads()
    {
        File.CreateSymbolicLink(Path.Combine(_folder, "zero.txt"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(_folder, "alias.en.txt"), Path.Combine(_folder, "oic-cfm38-2011-inf-resolutions.en.txt"));
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(_folder, "pipe.txt")))
            await mkfifo.WaitForExitAsync();

        var read = await Task.Run(() => CorpusLoader.ReadAll(CorpusLoader.CorpusFiles(_folder))).WaitAsync(TimeSpan.FromSeconds(20));

        var refused = read.Reports.Where(r => !r.Accepted).ToDictionary(r => Path.GetFileName(r.Path), r => r.Errors[0].Message);
        Assert.Contains("symbolic link", refused["zero.txt"]);
        Assert.Contains("symbolic link", refused["alias.en.txt"]);
        Assert.Contains("not a regular file", refused["pipe.txt"]);
        Assert.Equal(3, read.Reports.Count(r => r.Accepted));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
