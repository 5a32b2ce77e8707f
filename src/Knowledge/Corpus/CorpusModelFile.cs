using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ResBot.Knowledge.Model;
using ResBot.Knowledge.Parsing;

namespace ResBot.Knowledge.Corpus;

/// <summary>
/// The aligned, annotated corpus model and the files' reports, as one binary file beside the Lucene index it was
/// indexed into, so a start with an unchanged corpus opens it instead of re-reading, re-parsing, re-aligning and
/// re-annotating every file. A file of another format version, annotation key or content hash, or one that is
/// truncated or malformed, reads as null and is rebuilt; it never throws on bad bytes.
/// </summary>
/// <remarks>The accepted reports keep only their document's metadata; <see cref="AlignedVersions"/> gives their versions back.
/// Paragraph texts are not read into memory: they follow the end marker as UTF-8 and are read from the file when quoted
/// (<see cref="ParagraphTextFile"/>); names, keys and glossary ids are read once per distinct value.</remarks>
public static class CorpusModelFile
{
    public const string FileName = "model.bin";

    /// <summary>Bumped whenever the layout below or what the model holds changes: an older file is then rebuilt.</summary>
    public const int FormatVersion = 3;

    private const string Magic = "ResBot corpus model";

    private const string EndMarker = "end of model";

    /// <summary>
    /// Annotations depend on the glossary, the lexicon and the annotating code as well as the text: a changed glossary
    /// or another build (its informational version carries the commit) rebuilds the model once.
    /// </summary>
    public static readonly string AnnotationKey = ComputeAnnotationKey();

    /// <summary>Writes the model to <paramref name="path"/> through a temporary file, so a reader sees the old file or the new one, never half of one.</summary>
    public static void Write(string path, string contentHash, ResolutionCorpus corpus, IReadOnlyList<CorpusFileReport> reports)
    {
        var temporary = $"{path}.tmp-{Guid.NewGuid():N}";
        try
        {
            // The texts go to a second file while the model is written, and are appended after its end marker.
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
            using (var texts = new FileStream($"{temporary}.texts", FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 20, FileOptions.DeleteOnClose))
            using (var writer = new Writer(stream, texts))
            {
                writer.Write(Magic);
                writer.Write(FormatVersion);
                writer.Write(AnnotationKey);
                writer.Write(contentHash);
                WriteReports(writer, reports);
                writer.Write(corpus.Documents.Count);
                foreach (var document in corpus.Documents)
                    WriteDocument(writer, document);
                writer.Write(corpus.Resolutions.Count);
                foreach (var resolution in corpus.Resolutions)
                    WriteResolution(writer, resolution);
                writer.Write(texts.Length);
                writer.Write(EndMarker);
                writer.Flush();
                texts.Position = 0;
                texts.CopyTo(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// The model and reports in <paramref name="path"/>, or null when it is missing, of another version or hash, or
    /// damaged (<paramref name="problem"/> says which). The paragraphs read their texts from the returned
    /// <see cref="PersistedCorpus.Texts"/>, which stays open until disposed.
    /// </summary>
    public static PersistedCorpus? TryRead(string path, string contentHash, out string? problem)
    {
        problem = null;
        if (!File.Exists(path))
        {
            problem = "no model file";
            return null;
        }
        ParagraphTextFile? texts = null;
        try
        {
            texts = new ParagraphTextFile(path);
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 20);
            using var reader = new Reader(stream, texts);
            if (reader.String() != Magic)
                return Fail("not a corpus model", out problem, texts);
            if (reader.Int32() != FormatVersion)
                return Fail("of another format version", out problem, texts);
            if (reader.String() != AnnotationKey)
                return Fail("made by another build or with another glossary", out problem, texts);
            if (reader.String() != contentHash)
                return Fail("made from other files", out problem, texts);
            var reports = ReadReports(reader);
            var documents = reader.List(() => ReadDocument(reader));
            var resolutions = reader.List(() => ReadResolution(reader));
            var textsLength = reader.Int64();
            if (reader.String() != EndMarker || textsLength < reader.TextsEnd || stream.Position + textsLength != stream.Length)
                return Fail("truncated or followed by other bytes", out problem, texts);
            (texts.TextsStart, texts.TextsLength) = (stream.Position, textsLength);
            var corpus = new ResolutionCorpus(documents, resolutions);
            return new PersistedCorpus(corpus, AlignedVersions.Slim(corpus, reports), texts);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException or InvalidDataException)
        {
            texts?.Dispose();
            problem = $"{e.GetType().Name}: {e.Message}";
            return null;
        }
    }

    private static PersistedCorpus? Fail(string why, out string? problem, ParagraphTextFile? texts = null)
    {
        texts?.Dispose();
        problem = why;
        return null;
    }

    private static void WriteReports(Writer writer, IReadOnlyList<CorpusFileReport> reports)
    {
        writer.Write(reports.Count);
        foreach (var report in reports)
        {
            writer.Write(report.Path);
            WriteOptional(writer, report.Format);
            WriteErrors(writer, report.Errors);
            WriteErrors(writer, report.Warnings);
            var document = report.Accepted ? report.Document : null;
            writer.Write(document is not null);
            if (document is null)
                continue;
            writer.Write(document.Source);
            writer.Write(document.Symbol);
            writer.Write(document.Body);
            WriteOptional(writer, document.Session);
            WriteOptional(writer, document.Place);
            WriteOptional(writer, document.Dates);
            writer.Write((byte)document.Language);
            writer.Write(document.IsAuthoritative);
            WriteOptional(writer, document.Note);
        }
    }

    private static List<CorpusFileReport> ReadReports(Reader reader) =>
        reader.List(() =>
        {
            var path = reader.String();
            var format = reader.OptionalString();
            var errors = reader.List(() => ReadError(reader));
            var warnings = reader.List(() => ReadError(reader));
            ParsedDocument? document = null;
            if (reader.Boolean())
            {
                document = new ParsedDocument(reader.String(), reader.String(), reader.String(), reader.OptionalInt32(), reader.OptionalString(), reader.OptionalString(),
                    reader.Language(), reader.Boolean(), reader.OptionalString(), []);
            }
            return new CorpusFileReport(path, document, errors) { Format = format, Warnings = warnings };
        });

    private static void WriteErrors(Writer writer, IReadOnlyList<ParseError> errors)
    {
        writer.Write(errors.Count);
        foreach (var error in errors)
        {
            writer.Write(error.Source);
            writer.Write(error.Line);
            writer.Write(error.Message);
        }
    }

    private static ParseError ReadError(Reader reader) => new(reader.String(), reader.Int32(), reader.String());

    private static void WriteDocument(Writer writer, DocumentInfo document)
    {
        writer.Write(document.Symbol);
        writer.Write(document.Body);
        WriteOptional(writer, document.Session);
        WriteOptional(writer, document.Place);
        WriteOptional(writer, document.Dates);
        writer.Write((byte)document.AuthoritativeLanguage);
        writer.Write(document.Languages.Count);
        foreach (var language in document.Languages)
            writer.Write((byte)language);
        WriteStrings(writer, document.ResolutionKeys);
    }

    private static DocumentInfo ReadDocument(Reader reader) =>
        new(reader.String(), reader.String(), reader.OptionalInt32(), reader.OptionalString(), reader.OptionalString(), reader.Language(), reader.List(reader.Language))
        {
            ResolutionKeys = reader.List(reader.String),
        };

    private static void WriteResolution(Writer writer, Resolution resolution)
    {
        writer.Write(resolution.Key);
        writer.Write(resolution.DocumentSymbol);
        WriteTexts(writer, resolution.Suffixes);
        WriteTexts(writer, resolution.Titles);
        WriteParagraphs(writer, resolution.Paragraphs);
    }

    private static Resolution ReadResolution(Reader reader) =>
        new(reader.String(), reader.Pooled(), reader.Texts(), reader.Texts(), ReadParagraphs(reader));

    private static void WriteParagraphs(Writer writer, IReadOnlyList<Paragraph> paragraphs)
    {
        writer.Write(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            writer.Write(paragraph.Key);
            writer.Write((byte)paragraph.Kind);
            WriteOptional(writer, paragraph.Section);
            WriteOptional(writer, paragraph.NumberAsPrinted);
            writer.WriteParagraphTexts(paragraph.Texts);
            writer.Write((int)paragraph.Action);
            writer.Write((int)paragraph.Addressees);
            WriteStrings(writer, paragraph.NamedBodies);
            writer.Write(paragraph.Order);
            WriteStrings(writer, paragraph.Terms);
            WriteTexts(writer, paragraph.SectionTitles);
            WriteParagraphs(writer, paragraph.SubItems);
            WriteStrings(writer, paragraph.Cites);
        }
    }

    private static Paragraph[] ReadParagraphs(Reader reader) =>
        // Arguments and initialisers are evaluated left to right, top to bottom: the order they were written in.
        reader.Array(() => new Paragraph(reader.Pooled(), reader.Kind(), reader.OptionalPooled(), reader.OptionalPooled(), reader.ParagraphTexts(),
            reader.Action(), (Addressee)reader.Int32(), reader.Array(reader.Pooled), reader.Int32())
        {
            Terms = reader.Array(reader.Pooled),
            SectionTitles = reader.SectionTitles(),
            SubItems = ReadParagraphs(reader),
            Cites = reader.Array(reader.Pooled),
        });

    private static void WriteTexts(Writer writer, IReadOnlyDictionary<Language, string> texts)
    {
        writer.Write(texts.Count);
        foreach (var (language, text) in texts)
        {
            writer.Write((byte)language);
            writer.Write(text);
        }
    }

    private static void WriteStrings(Writer writer, IReadOnlyList<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
            writer.Write(value);
    }

    private static void WriteOptional(Writer writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
            writer.Write(value);
    }

    private static void WriteOptional(Writer writer, int? value)
    {
        writer.Write(value is not null);
        if (value is { } number)
            writer.Write(number);
    }

    private static string ComputeAnnotationKey()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var assembly = typeof(CorpusModelFile).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            using var resource = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            resource.CopyTo(copy);
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            hash.AppendData(copy.ToArray());
        }
        hash.AppendData(Encoding.UTF8.GetBytes(assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? ""));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>A binary writer that sends paragraph texts to the text section and writes where they lie.</summary>
    private sealed class Writer(Stream stream, Stream texts) : BinaryWriter(stream, Encoding.UTF8, leaveOpen: true)
    {
        private byte[] _buffer = new byte[4096];

        /// <summary>The start in the text section, then the language and byte length of each version, in the dictionary's order.</summary>
        public void WriteParagraphTexts(IReadOnlyDictionary<Model.Language, string> versions)
        {
            Write(texts.Position);
            Write((byte)versions.Count);
            foreach (var (language, text) in versions)
            {
                var length = Encoding.UTF8.GetMaxByteCount(text.Length);
                if (_buffer.Length < length)
                    _buffer = new byte[Math.Max(length, _buffer.Length * 2)];
                var bytes = Encoding.UTF8.GetBytes(text, _buffer);
                texts.Write(_buffer, 0, bytes);
                Write((byte)language);
                Write(bytes);
            }
        }
    }

    /// <summary>
    /// A binary reader that checks what it reads: counts within the bytes left, enums within their values, texts
    /// within the text section. Strings that repeat across paragraphs (keys, glossary ids, section titles) are read
    /// once per distinct value, so a million paragraphs share a few thousand strings.
    /// </summary>
    private sealed class Reader(Stream stream, ParagraphTextFile texts) : IDisposable
    {
        private readonly BinaryReader _reader = new(stream, Encoding.UTF8, leaveOpen: true);

        // FileStream.Length asks the file system each time: read it once.
        private readonly long _length = stream.Length;

        private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
        private byte[] _bytes = new byte[256];
        private char[] _chars = new char[256];

        /// <summary>The section titles of the paragraph read last: the paragraphs of one section share one dictionary.</summary>
        private IReadOnlyDictionary<Model.Language, string> _lastTitles = EmptyTexts;

        private static readonly IReadOnlyDictionary<Model.Language, string> EmptyTexts = new Dictionary<Model.Language, string>();

        /// <summary>How far into the text section the paragraphs read so far reach: checked against its length at the end.</summary>
        public long TextsEnd { get; private set; }

        public string String() => _reader.ReadString();

        /// <summary>A string as <see cref="String"/> writes it, the same instance for every occurrence of the same value.</summary>
        public string Pooled()
        {
            var length = _reader.Read7BitEncodedInt();
            if (length < 0 || length > _length - stream.Position)
                throw new InvalidDataException($"string of {length} bytes out of range");
            if (_bytes.Length < length)
                _bytes = new byte[Math.Max(length, _bytes.Length * 2)];
            _reader.BaseStream.ReadExactly(_bytes, 0, length);
            if (_chars.Length < length)
                _chars = new char[Math.Max(length, _chars.Length * 2)];
            var chars = Encoding.UTF8.GetChars(_bytes, 0, length, _chars, 0);
            var lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(_chars.AsSpan(0, chars), out var pooled))
                return pooled;
            var value = new string(_chars, 0, chars);
            _pool.Add(value, value);
            return value;
        }

        public string? OptionalPooled() => Boolean() ? Pooled() : null;

        public int Int32() => _reader.ReadInt32();

        public long Int64() => _reader.ReadInt64();

        public bool Boolean() => _reader.ReadByte() switch
        {
            0 => false,
            1 => true,
            _ => throw new InvalidDataException("not a boolean"),
        };

        public string? OptionalString() => Boolean() ? String() : null;

        public int? OptionalInt32() => Boolean() ? Int32() : null;

        public Model.Language Language() => _reader.ReadByte() is var b && b <= (byte)Model.Language.Fr ? (Model.Language)b : throw new InvalidDataException("not a language");

        public ParagraphKind Kind() => _reader.ReadByte() is var b && b <= (byte)ParagraphKind.Operative ? (ParagraphKind)b : throw new InvalidDataException("not a paragraph kind");

        public OperativeAction Action() => Int32() is var a && Enum.IsDefined((OperativeAction)a) ? (OperativeAction)a : throw new InvalidDataException("not an action");

        public Dictionary<Model.Language, string> Texts()
        {
            var count = Count();
            var texts = new Dictionary<Model.Language, string>(count);
            for (var i = 0; i < count; i++)
                texts[Language()] = String();
            return texts;
        }

        /// <summary>Where a paragraph's versions lie in the text section, as <see cref="Writer.WriteParagraphTexts"/> wrote it.</summary>
        public StoredTexts ParagraphTexts()
        {
            var start = Int64();
            var count = _reader.ReadByte();
            if (count > 3 || start < 0)
                throw new InvalidDataException("not a paragraph's texts");
            Span<(Model.Language, int)> versions = stackalloc (Model.Language, int)[count];
            var end = start;
            for (var i = 0; i < count; i++)
            {
                versions[i] = (Language(), Int32());
                if (versions[i].Item2 < 0)
                    throw new InvalidDataException("negative text length");
                end += versions[i].Item2;
            }
            TextsEnd = Math.Max(TextsEnd, end);
            return new StoredTexts(texts, start, versions);
        }

        public IReadOnlyDictionary<Model.Language, string> SectionTitles()
        {
            var count = Count();
            if (count == 0)
                return EmptyTexts;
            var titles = new Dictionary<Model.Language, string>(count);
            for (var i = 0; i < count; i++)
                titles[Language()] = Pooled();
            var same = titles.Count == _lastTitles.Count && titles.All(t => _lastTitles.TryGetValue(t.Key, out var last) && ReferenceEquals(last, t.Value));
            return same ? _lastTitles : _lastTitles = titles;
        }

        public List<T> List<T>(Func<T> read)
        {
            var count = Count();
            var list = new List<T>(count);
            for (var i = 0; i < count; i++)
                list.Add(read());
            return list;
        }

        /// <summary>As <see cref="List"/>, without the list's own object, and one shared empty array for the many empty ones.</summary>
        public T[] Array<T>(Func<T> read)
        {
            var count = Count();
            if (count == 0)
                return [];
            var array = new T[count];
            for (var i = 0; i < count; i++)
                array[i] = read();
            return array;
        }

        /// <summary>A count no larger than the bytes left (every element takes at least one), so garbage cannot ask for gigabytes.</summary>
        private int Count()
        {
            var count = Int32();
            if (count < 0 || count > _length - stream.Position)
                throw new InvalidDataException($"count {count} out of range");
            return count;
        }

        public void Dispose() => _reader.Dispose();
    }
}
