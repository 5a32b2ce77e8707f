using System.Runtime.InteropServices;

namespace ResBot.Knowledge.Indexing;

/// <summary>
/// A second name for a file that is never changed once written (a Lucene segment file, a text file of the corpus
/// model): an incremental update's new snapshot folder holds the old one's files without copying gigabytes, and
/// deleting the old folder later leaves them in place. Copied where links are not available.
/// </summary>
internal static partial class FileLinks
{
    public static void LinkOrCopy(string source, string destination)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            if (Link(source, destination) == 0)
                return;
        }
        File.Copy(source, destination);
    }

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string created);
}
