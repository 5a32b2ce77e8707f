using System.Buffers;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace ResBot.Knowledge.Corpus;

/// <summary>
/// The paragraphs' texts, as UTF-8 at the end of the corpus model file, read from disk only when a paragraph is
/// quoted or matched. A corpus of a million paragraphs in three languages holds gigabytes of text as .NET strings;
/// here it costs the operating system's file cache, which it can drop and which replicas on one host share.
/// </summary>
/// <remarks>Reads go through <see cref="RandomAccess"/> (one positioned read each) rather than a mapped view, so
/// text never counts towards the process's resident memory and no unsafe code is needed.</remarks>
public sealed class ParagraphTextFile : IDisposable
{
    /// <summary>Texts up to this many bytes are read into the stack: nearly all paragraphs.</summary>
    private const int StackBytes = 2048;

    private readonly SafeFileHandle _handle;

    /// <summary>Opens <paramref name="path"/> for reading; <see cref="TextsStart"/> is set once its model has been read.</summary>
    public ParagraphTextFile(string path) => _handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);

    /// <summary>Where the text section begins in the file: offsets of <see cref="Read"/> are relative to it.</summary>
    internal long TextsStart { get; set; }

    /// <summary>Bytes in the text section; no text read may end past it.</summary>
    internal long TextsLength { get; set; }

    public string Read(long offset, int length)
    {
        if (length == 0)
            return "";
        if (offset < 0 || length < 0 || offset + length > TextsLength)
            throw new InvalidDataException($"text at {offset} of {length} bytes lies outside the text section");
        byte[]? rented = null;
        var buffer = length <= StackBytes ? stackalloc byte[length] : (rented = ArrayPool<byte>.Shared.Rent(length)).AsSpan(0, length);
        try
        {
            for (var done = 0; done < length;)
            {
                var read = RandomAccess.Read(_handle, buffer[done..], TextsStart + offset + done);
                if (read == 0)
                    throw new EndOfStreamException("the corpus model file ends inside a paragraph's text");
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

    public void Dispose() => _handle.Dispose();
}
