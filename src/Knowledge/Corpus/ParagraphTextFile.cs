using System.Buffers;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace ResBot.Knowledge.Corpus;

/// <summary>
/// One file of paragraph texts (UTF-8, one after another) beside the corpus model, read from disk only when a
/// paragraph is quoted or matched. A corpus of a million paragraphs in three languages holds gigabytes of text as
/// .NET strings; here it costs the operating system's file cache, which it can drop and which replicas on one host
/// share. A text file is written once and never changed, so a snapshot made by an incremental update links the
/// files of the one before it and shares their open handles: each snapshot holds a reference (<see cref="Share"/>),
/// and the handle closes when the last one is disposed.
/// </summary>
/// <remarks>Reads go through <see cref="RandomAccess"/> (one positioned read each) rather than a mapped view, so
/// text never counts towards the process's resident memory and no unsafe code is needed.</remarks>
public sealed class ParagraphTextFile : IDisposable
{
    /// <summary>Texts up to this many bytes are read into the stack: nearly all paragraphs.</summary>
    private const int StackBytes = 2048;

    private readonly SafeFileHandle _handle;
    private int _references = 1;

    /// <summary>Opens <paramref name="path"/> for reading.</summary>
    public ParagraphTextFile(string path)
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
    public ParagraphTextFile Share()
    {
        Interlocked.Increment(ref _references);
        return this;
    }

    public string Read(long offset, int length)
    {
        if (length == 0)
            return "";
        if (offset < 0 || length < 0 || offset + length > Length)
            throw new InvalidDataException($"text at {offset} of {length} bytes lies outside {Name}");
        byte[]? rented = null;
        var buffer = length <= StackBytes ? stackalloc byte[length] : (rented = ArrayPool<byte>.Shared.Rent(length)).AsSpan(0, length);
        try
        {
            for (var done = 0; done < length;)
            {
                var read = RandomAccess.Read(_handle, buffer[done..], offset + done);
                if (read == 0)
                    throw new EndOfStreamException($"{Name} ends inside a paragraph's text");
                done += read;
            }
            return Encoding.UTF8.GetString(buffer);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public void Dispose()
    {
        if (Interlocked.Decrement(ref _references) == 0)
            _handle.Dispose();
    }
}
