namespace ResBot.Knowledge.Indexing;

/// <summary>
/// Whether an <see cref="IOException"/> says the disk (or the user's quota) is full: the one write failure that a
/// rebuild of the index would meet again, while any other (a damaged earlier index) is answered by rebuilding.
/// </summary>
internal static class DiskFull
{
    /// <summary>ENOSPC and EDQUOT: on Unix .NET puts the errno in <see cref="Exception.HResult"/>.</summary>
    private static readonly int[] UnixCodes = [28, OperatingSystem.IsMacOS() ? 69 : 122];

    /// <summary>ERROR_HANDLE_DISK_FULL and ERROR_DISK_FULL as HRESULTs.</summary>
    private static readonly int[] WindowsCodes = [unchecked((int)0x80070027), unchecked((int)0x80070070)];

    public static bool Is(IOException exception) =>
        (OperatingSystem.IsWindows() ? WindowsCodes : UnixCodes).Contains(exception.HResult);
}
