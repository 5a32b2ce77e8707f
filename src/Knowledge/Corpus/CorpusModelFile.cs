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
/// <remarks>The accepted reports keep only their document's metadata; <see cref="AlignedVersions"/> gives their versions back.</remarks>
public static class CorpusModelFile
{
    public const string FileName = "model.bin";

    /// <summary>Bumped whenever the layout below or what the model holds changes: an older file is then rebuilt.</summary>
    public const int FormatVersion = 2;

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
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
            using (var writer = new BinaryWriter(stream, Encoding.UTF8))
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
                writer.Write(EndMarker);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The model and reports in <paramref name="path"/>, or null when it is missing, of another version or hash, or damaged (<paramref name="problem"/> says which).</summary>
    public static (ResolutionCorpus Corpus, IReadOnlyList<CorpusFileReport> Reports)? TryRead(string path, string contentHash, out string? problem)
    {
        problem = null;
        if (!File.Exists(path))
        {
            problem = "no model file";
            return null;
        }
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
            using var reader = new Reader(stream);
            if (reader.String() != Magic)
                return Fail("not a corpus model", out problem);
            if (reader.Int32() != FormatVersion)
                return Fail("of another format version", out problem);
            if (reader.String() != AnnotationKey)
                return Fail("made by another build or with another glossary", out problem);
            if (reader.String() != contentHash)
                return Fail("made from other files", out problem);
            var reports = ReadReports(reader);
            var documents = reader.List(() => ReadDocument(reader));
            var resolutions = reader.List(() => ReadResolution(reader));
            if (reader.String() != EndMarker || stream.Position != stream.Length)
                return Fail("truncated or followed by other bytes", out problem);
            var corpus = new ResolutionCorpus(documents, resolutions);
            return (corpus, AlignedVersions.Slim(corpus, reports));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException or InvalidDataException)
        {
            problem = $"{e.GetType().Name}: {e.Message}";
            return null;
        }
    }

    private static (ResolutionCorpus, IReadOnlyList<CorpusFileReport>)? Fail(string why, out string? problem)
    {
        problem = why;
        return null;
    }

    private static void WriteReports(BinaryWriter writer, IReadOnlyList<CorpusFileReport> reports)
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

    private static void WriteErrors(BinaryWriter writer, IReadOnlyList<ParseError> errors)
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

    private static void WriteDocument(BinaryWriter writer, DocumentInfo document)
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

    private static void WriteResolution(BinaryWriter writer, Resolution resolution)
    {
        writer.Write(resolution.Key);
        writer.Write(resolution.DocumentSymbol);
        WriteTexts(writer, resolution.Suffixes);
        WriteTexts(writer, resolution.Titles);
        WriteParagraphs(writer, resolution.Paragraphs);
    }

    private static Resolution ReadResolution(Reader reader) =>
        new(reader.String(), reader.String(), reader.Texts(), reader.Texts(), ReadParagraphs(reader));

    private static void WriteParagraphs(BinaryWriter writer, IReadOnlyList<Paragraph> paragraphs)
    {
        writer.Write(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            writer.Write(paragraph.Key);
            writer.Write((byte)paragraph.Kind);
            WriteOptional(writer, paragraph.Section);
            WriteOptional(writer, paragraph.NumberAsPrinted);
            WriteTexts(writer, paragraph.Texts);
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

    private static List<Paragraph> ReadParagraphs(Reader reader) =>
        // Arguments and initialisers are evaluated left to right, top to bottom: the order they were written in.
        reader.List(() => new Paragraph(reader.String(), reader.Kind(), reader.OptionalString(), reader.OptionalString(), reader.Texts(),
            reader.Action(), (Addressee)reader.Int32(), reader.List(reader.String), reader.Int32())
        {
            Terms = reader.List(reader.String),
            SectionTitles = reader.Texts(),
            SubItems = ReadParagraphs(reader),
            Cites = reader.List(reader.String),
        });

    private static void WriteTexts(BinaryWriter writer, IReadOnlyDictionary<Language, string> texts)
    {
        writer.Write(texts.Count);
        foreach (var (language, text) in texts)
        {
            writer.Write((byte)language);
            writer.Write(text);
        }
    }

    private static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
            writer.Write(value);
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
            writer.Write(value);
    }

    private static void WriteOptional(BinaryWriter writer, int? value)
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

    /// <summary>A binary reader that checks what it reads: counts within the bytes left, enums within their values.</summary>
    private sealed class Reader(Stream stream) : IDisposable
    {
        private readonly BinaryReader _reader = new(stream, Encoding.UTF8, leaveOpen: true);

        // FileStream.Length asks the file system each time: read it once.
        private readonly long _length = stream.Length;

        public string String() => _reader.ReadString();

        public int Int32() => _reader.ReadInt32();

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

        public List<T> List<T>(Func<T> read)
        {
            var count = Count();
            var list = new List<T>(count);
            for (var i = 0; i < count; i++)
                list.Add(read());
            return list;
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
