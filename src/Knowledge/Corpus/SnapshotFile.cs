using System.Buffers;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace ResBot.Knowledge.Corpus;

/// <summary>
/// One file of a persisted corpus model beside its manifest: a text file (paragraph texts as UTF-8, one after
/// another, read when a paragraph is quoted or matched) or a document's part (its paragraphs' structure, read when
/// a resolution's paragraphs are first used). A corpus of a million paragraphs in three languages holds gigabytes of
/// text as .NET strings; here it costs the operating system's file cache, which it can drop and which replicas on one
/// host share. A file is written once and never changed, so a snapshot made by an incremental update links the
/// files of the one before it and shares their open handles: each snapshot holds a reference (<see cref="Share"/>),
/// and the handle closes when the last one is disposed. The handle is opened with the snapshot, so a folder removed
/// while the snapshot still serves (replaced by an update, or by another process sharing the data folder) is still read.
/// </summary>
/// <remarks>Reads go through <see cref="RandomAccess"/> (one positioned read each) rather than a mapped view, so
/// text never counts towards the process's resident memory and no unsafe code is needed.</remarks>
public sealed class SnapshotFile : IDisposable
{
    /// <summary>Texts up to this many bytes are read into the stack: nearly all paragraphs.</summary>
    private const int StackBytes = 2048;

    private readonly SafeFileHandle _handle;
    private int _references = 1;

    /// <summary>Opens <paramref name="path"/> for reading.</summary>
    public SnapshotFile(string path)
    {
        _handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        Name = Path.GetFileName(path);
        Length = RandomAccess.GetLength(_handle);
    }

    /// <summary>The file's name in its snapshot folder: how the corpus model names it.</summary>
    public string Name { get; }

    /// <summary>Bytes in the file; no text read may end past it.</summary>
    public long Length { get; }

    /// <summary>Another reference to the open file, for a snapshot that reads from it too; dispose it like the first.</summary>
    public SnapshotFile Share()
    {
        Interlocked.Increment(ref _references);
        return this;
    }

    /// <summary>The UTF-8 text of <paramref name="length"/> bytes at <paramref name="offset"/>.</summary>
    public string Read(long offset, int length)
    {
        if (length == 0)
            return "";
        byte[]? rented = null;
        var buffer = length <= StackBytes ? stackalloc byte[length] : (rented = ArrayPool<byte>.Shared.Rent(length)).AsSpan(0, length);
        try
        {
            ReadExactly(offset, buffer);
            return Encoding.UTF8.GetString(buffer);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Fills <paramref name="buffer"/> with the bytes at <paramref name="offset"/>; throws when they lie outside the file.</summary>
    public void ReadExactly(long offset, Span<byte> buffer)
    {
        if (offset < 0 || offset + buffer.Length > Length)
            throw new InvalidDataException($"{buffer.Length} bytes at {offset} lie outside {Name}");
        for (var done = 0; done < buffer.Length;)
        {
            var read = RandomAccess.Read(_handle, buffer[done..], offset + done);
            if (read == 0)
                throw new EndOfStreamException($"{Name} ends before the {buffer.Length} bytes at {offset}");
            done += read;
        }
    }

    public void Dispose()
    {
        if (Interlocked.Decrement(ref _references) == 0)
            _handle.Dispose();
    }
}
