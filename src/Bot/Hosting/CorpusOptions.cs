namespace ResBot.Bot.Hosting;

/// <summary>`Corpus:Path`: the folder of resolution documents.</summary>
public sealed class CorpusOptions
{
    public const string Section = "Corpus";

    public string Path { get; set; } = "";

    /// <summary>How often `serve` checks the folder for changed files (a cheap stamp of names, sizes, times); zero turns it off.</summary>
    public TimeSpan ReloadInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The configured folder, or the corpus bundled beside the binary.</summary>
    public string ResolvedPath => string.IsNullOrWhiteSpace(Path)
        ? System.IO.Path.Combine(AppContext.BaseDirectory, "corpus")
        : System.IO.Path.GetFullPath(Path);
}
