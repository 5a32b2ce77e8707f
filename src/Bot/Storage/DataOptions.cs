namespace ResBot.Bot.Storage;

/// <summary>`Data:Path`: where the index, the SQLite database and caches live.</summary>
public sealed class DataOptions
{
    public const string Section = "Data";

    public string Path { get; set; } = "";

    /// <summary>The configured folder, or a per-user default so a fresh machine needs no configuration.</summary>
    public string ResolvedPath => string.IsNullOrWhiteSpace(Path)
        ? System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "resbot")
        : System.IO.Path.GetFullPath(Path);
}
