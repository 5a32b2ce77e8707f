using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ResBot.Knowledge.Indexing;
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
/// Paragraph texts are not read into memory: they are UTF-8 in text files beside the model (<see cref="TextFilePrefix"/>),
/// read when quoted (<see cref="ParagraphTextFile"/>). A text file is never changed once written, so an incremental
/// update links the earlier snapshot's text files into the new folder and writes only the new paragraphs' texts; the
/// model names the files it reads from. Names, keys and glossary ids are read once per distinct value.</remarks>
public static class CorpusModelFile
{
    public const string FileName = "model.bin";

    /// <summary>Bumped whenever the layout below or what the model holds changes: an older file is then rebuilt.</summary>
    public const int FormatVersion = 4;

    /// <summary>The names of the text files beside the model begin with this.</summary>
    public const string TextFilePrefix = "texts-";

    private const string Magic = "ResBot corpus model";

    private const string EndMarker = "end of model";

    /// <summary>
    /// Annotations depend on the glossary, the lexicon and the annotating code as well as the text: a changed glossary
    /// or another build (its informational version carries the commit) rebuilds the model once.
    /// </summary>
    public static readonly string AnnotationKey = ComputeAnnotationKey();

    /// <summary>
    /// Writes the model to <paramref name="path"/> through a temporary file, so a reader sees the old file or the new
    /// one, never half of one. Paragraphs whose texts are in one of <paramref name="linked"/> (text files already in
    /// the folder under the same names) are written as references to them; every other text goes into a new text file.
    /// </summary>
    public static void Write(string path, string contentHash, ResolutionCorpus corpus, IndexSlots slots, IReadOnlyList<CorpusFileReport> reports,
        IReadOnlyList<ParagraphTextFile>? linked = null)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var newTexts = $"{TextFilePrefix}{Guid.NewGuid():N}.bin";
        var names = (linked ?? []).Select(t => t.Name).Append(newTexts).ToList();
        var temporary = $"{path}.tmp-{Guid.NewGuid():N}";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
            using (var texts = new FileStream(Path.Combine(folder, newTexts), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
            using (var writer = new Writer(stream, texts, linked ?? []))
            {
                writer.Write(Magic);
                writer.Write(FormatVersion);
                writer.Write(AnnotationKey);
                writer.Write(contentHash);
                WriteStrings(writer, names);
                WriteReports(writer, reports);
                writer.Write(corpus.Documents.Count);
                foreach (var document in corpus.Documents)
                    WriteDocument(writer, document);
                writer.Write(corpus.Resolutions.Count);
                for (var i = 0; i < corpus.Resolutions.Count; i++)
                {
                    writer.Write(slots.First[i]);
                    WriteResolution(writer, corpus.Resolutions[i]);
                }
                writer.Write(slots.End);
                texts.Flush(flushToDisk: true);
                foreach (var file in linked ?? [])
                    writer.Write(file.Length);
                writer.Write(texts.Length);
                writer.Write(EndMarker);
                writer.Flush();
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
    /// damaged, or a text file it names is missing or of another length (<paramref name="problem"/> says which). The
    /// paragraphs read their texts from the returned <see cref="PersistedCorpus.Texts"/>, which stay open until disposed.
    /// </summary>
    public static PersistedCorpus? TryRead(string path, string contentHash, out string? problem)
    {
        problem = null;
        if (!File.Exists(path))
        {
            problem = "no model file";
            return null;
        }
        var texts = new List<ParagraphTextFile>();
        try
        {
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
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            foreach (var name in reader.List(reader.String))
            {
                if (!name.StartsWith(TextFilePrefix, StringComparison.Ordinal) || name.Contains('/') || name.Contains('\\'))
                    return Fail($"names a text file {name} outside its folder", out problem, texts);
                texts.Add(new ParagraphTextFile(Path.Combine(folder, name)));
            }
            var reports = ReadReports(reader);
            var documents = reader.List(() => ReadDocument(reader));
            var first = new List<int>();
            var resolutions = reader.List(() =>
            {
                first.Add(reader.Int32());
                return ReadResolution(reader);
            });
            var end = reader.Int32();
            foreach (var file in texts)
            {
                if (reader.Int64() != file.Length)
                    return Fail($"{file.Name} is not the length the model wrote", out problem, texts);
            }
            if (reader.String() != EndMarker || stream.Position != stream.Length || !reader.TextsWithin())
                return Fail("truncated or followed by other bytes", out problem, texts);
            var corpus = new ResolutionCorpus(documents, resolutions);
            return new PersistedCorpus(corpus, new IndexSlots(first, end), AlignedVersions.Slim(corpus, reports), texts);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException or InvalidDataException)
        {
            foreach (var file in texts)
                file.Dispose();
            problem = $"{e.GetType().Name}: {e.Message}";
            return null;
        }
    }

    private static PersistedCorpus? Fail(string why, out string? problem, IReadOnlyList<ParagraphTextFile> texts)
    {
        foreach (var file in texts)
            file.Dispose();
        problem = why;
        return null;
    }

    private static void WriteReports(Writer writer, IReadOnlyList<CorpusFileReport> reports)
    {
        writer.Write(reports.Count);
        foreach (var report in reports)
        {
            writer.Write(report.Path);
            writer.Write(report.Hash);
            writer.Write(report.Stamp);
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
            var (hash, stamp) = (reader.String(), reader.String());
            var format = reader.OptionalString();
            var errors = reader.List(() => ReadError(reader));
            var warnings = reader.List(() => ReadError(reader));
            ParsedDocument? document = null;
            if (reader.Boolean())
            {
                document = new ParsedDocument(reader.String(), reader.String(), reader.String(), reader.OptionalInt32(), reader.OptionalString(), reader.OptionalString(),
                    reader.Language(), reader.Boolean(), reader.OptionalString(), []);
            }
            return new CorpusFileReport(path, document, errors) { Format = format, Warnings = warnings, Hash = hash, Stamp = stamp };
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

    /// <summary>
    /// A binary writer that writes where a paragraph's texts lie: in one of the linked text files when they are
    /// already there, else in the new text file, where it puts them.
    /// </summary>
    private sealed class Writer(Stream stream, Stream texts, IReadOnlyList<ParagraphTextFile> linked) : BinaryWriter(stream, Encoding.UTF8, leaveOpen: true)
    {
        private readonly Dictionary<ParagraphTextFile, int> _linked = linked.Select((file, i) => (file, i))
            .ToDictionary<(ParagraphTextFile File, int I), ParagraphTextFile, int>(x => x.File, x => x.I, ReferenceEqualityComparer.Instance);
        private byte[] _buffer = new byte[4096];

        /// <summary>The text file's number, the start in it, then the language and byte length of each version, in the dictionary's order.</summary>
        public void WriteParagraphTexts(IReadOnlyDictionary<Model.Language, string> versions)
        {
            if (versions is StoredTexts stored && _linked.TryGetValue(stored.File, out var file))
            {
                Write7BitEncodedInt(file);
                Write(stored.Start);
                Write((byte)stored.Count);
                foreach (var (language, length) in stored.Versions)
                {
                    Write((byte)language);
                    Write(length);
                }
                return;
            }
            Write7BitEncodedInt(linked.Count);
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
    private sealed class Reader(Stream stream, IReadOnlyList<ParagraphTextFile> texts) : IDisposable
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

        /// <summary>How far into each text file the paragraphs read so far reach: checked against its length at the end.</summary>
        private readonly Dictionary<ParagraphTextFile, long> _textsEnd = new(ReferenceEqualityComparer.Instance);

        /// <summary>True when no paragraph's texts reach past the end of its text file.</summary>
        public bool TextsWithin() => _textsEnd.All(e => e.Value <= e.Key.Length);

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
            var file = _reader.Read7BitEncodedInt();
            if (file < 0 || file >= texts.Count)
                throw new InvalidDataException($"text file {file} of {texts.Count}");
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
            _textsEnd[texts[file]] = Math.Max(_textsEnd.GetValueOrDefault(texts[file]), end);
            return new StoredTexts(texts[file], start, versions);
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
