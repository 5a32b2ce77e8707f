namespace ResBot.Bot.Hosting;

/// <summary>
/// Checks, before anything starts, that the data folder exists (or can be created) and takes a write: otherwise
/// SQLite fails later with "unable to open database file" and no path, and the process aborts.
/// </summary>
public static class DataFolderCheck
{
    /// <summary>The exit code for a data folder the process cannot use (EX_CANTCREAT).</summary>
    public const int ExitCode = 73;

    /// <summary>A message naming the folder, what is wrong and the fix; null when the folder is usable.</summary>
    public static string? Problem(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".resbot-write-check-{Environment.ProcessId}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"error: ResBot cannot write to its data folder {folder} ({e.Message}).\n" +
                   "Fix: create the folder and make it writable by this user (e.g. `mkdir -p <folder> && chown $(id -u) <folder>`), " +
                   "or point Data:Path at a writable folder (--data <folder>, or the environment variable Data__Path).";
        }
    }
}
