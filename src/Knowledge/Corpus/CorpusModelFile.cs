using System.IO.Hashing;
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
/// <remarks>
/// <para>Three kinds of file: <see cref="FileName"/> (the manifest: content hash, the files' reports, every document
/// and resolution with what must be known of them without reading a paragraph — title, suffix, paragraph count, index
/// slot, citations, where its paragraphs lie in its part — and which part and text files make up the model, with their
/// lengths); one part per document (<see cref="PartFilePrefix"/>: each resolution's paragraphs, at the place the manifest
/// gives); and text files (<see cref="TextFilePrefix"/>: paragraph texts as UTF-8, read when quoted, <see cref="SnapshotFile"/>).
/// Opening reads the manifest alone: a resolution's paragraphs are read from its part when first used
/// (<see cref="StoredParagraphs"/>), so a start at a million paragraphs makes one object per resolution, not per paragraph.</para>
/// <para>Parts and text files are never changed once written, so an incremental update links the earlier snapshot's into
/// the new folder and writes only the changed documents' parts, their texts and a new manifest: seconds at a million
/// paragraphs, where rewriting the whole model took as long as the rest of the update.</para>
/// <para>The accepted reports keep only their document's metadata; <see cref="AlignedVersions"/> gives their versions
/// back. Names, keys and glossary ids are read once per distinct value.</para>
/// </remarks>
public static class CorpusModelFile
{
    public const string FileName = "model.bin";

    /// <summary>Bumped whenever the layout below or what the model holds changes: an older file is then rebuilt.</summary>
    /// <remarks>10: the manifest ends with a checksum (XxHash64) of every byte before it. 11: that checksum is XxHash3:
    /// over the 34 MB of a million paragraphs' manifest 8–20 ms in a fresh process, where XxHash64 took 45–50 ms.</remarks>
    public const int FormatVersion = 11;

    /// <summary>The names of the text files beside the model begin with this.</summary>
    public const string TextFilePrefix = "texts-";

    /// <summary>The names of the documents' part files beside the model begin with this.</summary>
    public const string PartFilePrefix = "part-";

    private const string Magic = "ResBot corpus model";

    private const string EndMarker = "end of model";

    /// <summary>
    /// Annotations depend on the glossary, the lexicon and the annotating code as well as the text: a changed glossary
    /// or another build (its informational version carries the commit) rebuilds the model once.
    /// </summary>
    public static readonly string AnnotationKey = ComputeAnnotationKey();

    /// <summary>
    /// Writes the model into <paramref name="folder"/>, the manifest last and through a temporary file, so a reader
    /// sees the old model or the new one, never half of one. A document in <paramref name="reuse"/>'s parts keeps its
    /// part file (already in the folder under that name) and paragraphs whose texts are in one of its text files keep
    /// them; everything else is written anew.
    /// </summary>
    internal static void Write(string folder, string contentHash, ResolutionCorpus corpus, IndexSlots slots,
        IReadOnlyList<CorpusFileReport> reports, ModelFiles? reuse = null)
    {
        var linked = reuse?.Texts ?? [];
        var newTexts = $"{TextFilePrefix}{Guid.NewGuid():N}.bin";
        var textNames = linked.Select(t => t.Name).Append(newTexts).ToList();
        var textNumber = new Dictionary<SnapshotFile, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < linked.Count; i++)
            textNumber[linked[i]] = i;
        var firstSlot = new Dictionary<Resolution, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < corpus.Resolutions.Count; i++)
            firstSlot[corpus.Resolutions[i]] = slots.First[i];
        var parts = new Dictionary<DocumentInfo, WrittenPart>(ReferenceEqualityComparer.Instance);
        var path = Path.Combine(folder, FileName);
        var temporary = $"{path}.tmp-{Guid.NewGuid():N}";
        try
        {
            long textsLength;
            var documents = CorpusAligner.Documents(corpus);
            using (var texts = new FileStream(Path.Combine(folder, newTexts), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
            {
                foreach (var document in documents)
                    parts[document.Info] = Kept(document, reuse, textNumber) ?? WritePart(folder, document, texts, textNumber, textNames.Count);
                texts.Flush(flushToDisk: true);
                textsLength = texts.Length;
            }
            using (var stream = new MemoryStream())
            // The manifest names no paragraph's texts: no text file to write to.
            using (var writer = new Writer(stream, Stream.Null, textNames.Count - 1, textNumber))
            {
                writer.Write(Magic);
                writer.Write(FormatVersion);
                writer.Write(AnnotationKey);
                writer.Write(contentHash);
                WriteStrings(writer, textNames);
                WriteReports(writer, reports);
                writer.Write(documents.Count);
                foreach (var document in documents)
                {
                    var part = parts[document.Info];
                    writer.Write(part.Name);
                    writer.Write(part.Length);
                    writer.Write(part.Texts.Count);
                    foreach (var number in part.Texts)
                        writer.Write(number);
                    WriteDocument(writer, document.Info);
                    writer.Write(document.Resolutions.Count);
                    for (var r = 0; r < document.Resolutions.Count; r++)
                        WriteResolutionEntry(writer, document.Resolutions[r], firstSlot[document.Resolutions[r]], part.Places[r]);
                }
                WriteOrder(writer, corpus, documents);
                writer.Write(slots.End);
                writer.Write(slots.Layout);
                foreach (var file in linked)
                    writer.Write(file.Length);
                writer.Write(textsLength);
                writer.Write(EndMarker);
                writer.Flush();
                // Every byte before it, checked before the manifest is read (TryRead).
                writer.Write(XxHash3.HashToUInt64(stream.GetBuffer().AsSpan(0, checked((int)stream.Length))));
                writer.Flush();
                using var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20);
                output.Write(stream.GetBuffer().AsSpan(0, checked((int)stream.Length)));
                output.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The corpus's order of the resolutions, as (document, resolution in it): the sort the aligner made, not made again at every open.</summary>
    private static void WriteOrder(Writer writer, ResolutionCorpus corpus, IReadOnlyList<AlignedDocument> documents)
    {
        var place = new Dictionary<Resolution, (int Document, int Resolution)>(ReferenceEqualityComparer.Instance);
        for (var d = 0; d < documents.Count; d++)
        {
            for (var r = 0; r < documents[d].Resolutions.Count; r++)
                place[documents[d].Resolutions[r]] = (d, r);
        }
        writer.Write(corpus.Resolutions.Count);
        foreach (var resolution in corpus.Resolutions)
        {
            writer.Write(place[resolution].Document);
            writer.Write(place[resolution].Resolution);
        }
    }

    /// <summary>
    /// The resolutions of <paramref name="documents"/> in the order <see cref="WriteOrder"/> wrote, each exactly once,
    /// and the first slot of each in that order (from <paramref name="firstSlots"/>, by document and place in it).
    /// </summary>
    private static (List<Resolution> Ordered, int[] FirstSlots) ReadOrder(Reader reader, IReadOnlyList<AlignedDocument> documents, IReadOnlyList<int[]> firstSlots)
    {
        // Where each document's resolutions begin in one numbering of them all: taken is marked by that number.
        var start = new int[documents.Count + 1];
        for (var d = 0; d < documents.Count; d++)
            start[d + 1] = start[d] + documents[d].Resolutions.Count;
        var taken = new bool[start[^1]];
        var count = reader.Count();
        if (count != taken.Length)
            throw new InvalidDataException("the corpus order leaves resolutions out");
        var ordered = new List<Resolution>(count);
        var first = new int[count];
        for (var i = 0; i < count; i++)
        {
            var (d, r) = (reader.Int32(), reader.Int32());
            if (d < 0 || d >= documents.Count || r < 0 || r >= documents[d].Resolutions.Count || taken[start[d] + r])
                throw new InvalidDataException($"the corpus order names resolution {r} of document {d} twice or out of range");
            taken[start[d] + r] = true;
            ordered.Add(documents[d].Resolutions[r]);
            first[i] = firstSlots[d][r];
        }
        return (ordered, first);
    }

    /// <summary>A part as the manifest names it: its file, the numbers of its text files in the manifest's list, where each resolution's paragraphs lie in it, and its length.</summary>
    private sealed record WrittenPart(string Name, IReadOnlyList<int> Texts, IReadOnlyList<ResolutionPlace> Places, long Length);

    /// <summary>Where a resolution's paragraphs lie in its part, and the hash (XxHash64) of those bytes, checked when they are read.</summary>
    private readonly record struct ResolutionPlace(long Offset, int Length, ulong Hash);

    /// <summary>
    /// The part <paramref name="document"/> already has in <paramref name="reuse"/>, when every resolution of it reads
    /// its paragraphs from that part and its text files are all linked; null when it must be written anew.
    /// </summary>
    private static WrittenPart? Kept(AlignedDocument document, ModelFiles? reuse, Dictionary<SnapshotFile, int> textNumber)
    {
        if (reuse?.Parts.TryGetValue(document.Info, out var kept) != true || !kept!.Texts.All(textNumber.ContainsKey))
            return null;
        var places = new List<ResolutionPlace>(document.Resolutions.Count);
        foreach (var resolution in document.Resolutions)
        {
            if (resolution.Paragraphs is not StoredParagraphs stored || !ReferenceEquals(stored.Part, kept))
                return null;
            places.Add(new ResolutionPlace(stored.Offset, stored.Length, stored.BytesHash));
        }
        return new WrittenPart(kept.Name, kept.Texts.Select(t => textNumber[t]).ToList(), places, kept.File.Length);
    }

    /// <summary>
    /// One document's part: each resolution's key and paragraphs, nothing else (the manifest says where they lie, with
    /// the hash of their bytes, and which version wrote them). Each resolution is written into memory first, to hash
    /// it before it goes to the file.
    /// </summary>
    /// <param name="textNumber">The number of each linked text file in the manifest's list; the new one, <paramref name="texts"/>, is the last of <paramref name="textFiles"/>.</param>
    private static WrittenPart WritePart(string folder, AlignedDocument document, Stream texts, IReadOnlyDictionary<SnapshotFile, int> textNumber, int textFiles)
    {
        var name = $"{PartFilePrefix}{Guid.NewGuid():N}.bin";
        using var stream = new FileStream(Path.Combine(folder, name), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        using var bytes = new MemoryStream();
        using var writer = new Writer(bytes, texts, textFiles - 1, textNumber);
        var places = new List<ResolutionPlace>(document.Resolutions.Count);
        foreach (var resolution in document.Resolutions)
        {
            bytes.SetLength(0);
            writer.Write(resolution.Key);
            WriteParagraphs(writer, resolution.Paragraphs);
            writer.Flush();
            var written = bytes.GetBuffer().AsSpan(0, checked((int)bytes.Length));
            places.Add(new ResolutionPlace(stream.Position, written.Length, XxHash64.HashToUInt64(written)));
            stream.Write(written);
        }
        stream.Flush(flushToDisk: true);
        return new WrittenPart(name, Enumerable.Range(0, textFiles).ToList(), places, stream.Length);
    }

    /// <summary>What the manifest holds of a resolution: everything but its paragraphs, and where those lie in its part.</summary>
    private static void WriteResolutionEntry(Writer writer, Resolution resolution, int firstSlot, ResolutionPlace place)
    {
        writer.Write(resolution.Key);
        writer.Write(resolution.DocumentSymbol);
        WriteTexts(writer, resolution.Suffixes);
        WriteTexts(writer, resolution.Titles);
        writer.Write(firstSlot);
        writer.Write(resolution.Paragraphs.Count);
        writer.Write(StoredParagraphs.KeysDigestOf(resolution.Paragraphs));
        writer.Write(place.Offset);
        writer.Write(place.Length);
        writer.Write(place.Hash);
        var citations = StoredParagraphs.CitationsOf(resolution);
        writer.Write(citations.Count);
        foreach (var (paragraph, cite) in citations)
        {
            writer.Write(paragraph);
            writer.Write(cite);
        }
    }

    /// <summary>
    /// The model and reports in <paramref name="folder"/>, or null when it is missing, of another version or hash, or
    /// damaged, or a part or text file it names is missing or of another length (<paramref name="problem"/> says
    /// which; <paramref name="olderVersion"/> when it is missing or of another format version or annotation key: a
    /// folder an older version wrote, nothing damaged). Only the manifest is read: each resolution reads its
    /// paragraphs from its part when first used, and the paragraphs their texts from the text files; both stay open
    /// until the result is disposed. The paragraphs read are kept within <paramref name="recent"/>'s budget. The
    /// reports are as written: accepted ones keep only their document's metadata until <see cref="AlignedVersions.Slim"/>
    /// gives their versions back, done by the caller that serves them.
    /// </summary>
    /// <param name="phases">Where the time of each step of the open goes (the manifest, the corpus, the slot layout), when given.</param>
    internal static PersistedCorpus? TryRead(string folder, string contentHash, RecentParagraphs recent, out string? problem, out bool olderVersion, LoadPhases? phases = null)
    {
        (problem, olderVersion) = (null, false);
        phases ??= new LoadPhases();
        var manifestStart = LoadPhases.Start();
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            (problem, olderVersion) = ("missing (the folder of an older version)", true);
            return null;
        }
        var files = new List<SnapshotFile>();
        try
        {
            var pool = new StringPool();
            // Read whole, in one call, and parsed from memory: at a million paragraphs the manifest is some 30 MB of
            // small fields, which a stream reader would take one call at a time.
            var bytes = File.ReadAllBytes(path);
            var reader = new Reader(bytes, [], pool);
            if (reader.String() != Magic)
                return Fail("not a corpus model", out problem, files);
            if (reader.Int32() != FormatVersion)
            {
                olderVersion = true;
                return Fail("of another format version", out problem, files);
            }
            if (reader.String() != AnnotationKey)
            {
                olderVersion = true;
                return Fail("made by another build or with another glossary", out problem, files);
            }
            // Titles and citations are quoted from the manifest: a byte changed anywhere in it rebuilds the model.
            if (bytes.Length < sizeof(ulong) || XxHash3.HashToUInt64(bytes.AsSpan(0, bytes.Length - sizeof(ulong))) != BitConverter.ToUInt64(bytes, bytes.Length - sizeof(ulong)))
                return Fail("damaged (its checksum does not match)", out problem, files);
            reader.EndBefore(sizeof(ulong));
            if (reader.String() != contentHash)
                return Fail("made from other files", out problem, files);
            var texts = new List<SnapshotFile>();
            foreach (var name in reader.List(reader.String))
            {
                if (!IsOwnFile(name, TextFilePrefix))
                    return Fail($"names a text file {name} outside its folder", out problem, files);
                texts.Add(new SnapshotFile(Path.Combine(folder, name)));
                files.Add(texts[^1]);
            }
            var reports = ReadReports(reader);
            var documents = new List<AlignedDocument>();
            // Each resolution's first slot by its place in the manifest (document, then resolution in it), not in a
            // dictionary keyed by the object: hashing 70,000 objects by identity was most of an open at a million paragraphs.
            var firstSlots = new List<int[]>();
            var parts = new List<ModelPart>();
            var documentCount = reader.Count();
            for (var d = 0; d < documentCount; d++)
            {
                var name = reader.String();
                var partPath = Path.Combine(folder, name);
                if (!IsOwnFile(name, PartFilePrefix) || !File.Exists(partPath))
                    return Fail($"its part {name} is missing", out problem, files);
                var file = new SnapshotFile(partPath);
                files.Add(file);
                if (reader.Int64() != file.Length)
                    return Fail($"its part {name} is not the length the model wrote", out problem, files);
                var part = new ModelPart(file, reader.List(() => reader.Int32() is var t && t >= 0 && t < texts.Count ? texts[t] : throw new InvalidDataException($"text file {t} of {texts.Count}")));
                var info = ReadDocument(reader);
                var resolutionCount = reader.Count();
                var resolutions = new List<Resolution>(resolutionCount);
                var documentSlots = new int[resolutionCount];
                for (var r = 0; r < resolutionCount; r++)
                {
                    (var resolution, documentSlots[r]) = ReadResolutionEntry(reader, part, recent);
                    resolutions.Add(resolution);
                }
                documents.Add(new AlignedDocument(info, resolutions));
                firstSlots.Add(documentSlots);
                parts.Add(part);
            }
            var (ordered, first) = ReadOrder(reader, documents, firstSlots);
            var end = reader.Int32();
            var layout = reader.String();
            foreach (var file in texts)
            {
                if (reader.Int64() != file.Length)
                    return Fail($"{file.Name} is not the length the model wrote", out problem, files);
            }
            if (reader.String() != EndMarker || !reader.AtEnd)
                return Fail("truncated or followed by other bytes", out problem, files);
            phases.Add("manifest", manifestStart);
            var corpus = phases.Time("corpus", () => new ResolutionCorpus(documents.Select(d => d.Info).ToList(), ordered));
            // Recomputed from the manifest (O(resolutions), no paragraph read), not taken on its word: the index is
            // opened with this model only when its commit names the layout these slots really make.
            if (phases.Time("layout", () => IndexSlots.LayoutOf(corpus, first)) != layout)
                return Fail("its slot layout is not the one its resolutions make", out problem, files);
            var slots = new IndexSlots(first, end, layout);
            return new PersistedCorpus(corpus, slots, reports, new ModelFiles(texts, new PartsByDocument(documents.Select(d => d.Info).ToList(), parts)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException or InvalidDataException or KeyNotFoundException)
        {
            return Fail($"{e.GetType().Name}: {e.Message}", out problem, files);
        }
    }

    private static bool IsOwnFile(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.Ordinal) && !name.Contains('/') && !name.Contains('\\') && !name.Contains("..", StringComparison.Ordinal);

    /// <summary>A resolution as the manifest holds it, its paragraphs left in <paramref name="part"/>, and the slot of its first paragraph.</summary>
    private static (Resolution Resolution, int FirstSlot) ReadResolutionEntry(Reader reader, ModelPart part, RecentParagraphs recent)
    {
        var (key, symbol, suffixes, titles) = (reader.String(), reader.Symbol(), reader.Suffixes(), reader.Titles());
        var firstSlot = reader.Int32();
        var count = reader.Int32();
        var digest = reader.UInt64();
        var (offset, length, bytesHash) = (reader.Int64(), reader.Int32(), reader.UInt64());
        if (offset < 0 || length < 0 || offset + length > part.File.Length)
            throw new InvalidDataException($"the paragraphs of {key} lie outside its part {part.Name}");
        // Checked against the resolution's bytes in its part (each paragraph takes several), not the manifest's bytes
        // left: the last resolution of a manifest may have more paragraphs than the manifest has bytes after it.
        if (count < 0 || count > length)
            throw new InvalidDataException($"{count} paragraphs of {key} in {length} bytes of its part");
        var citations = reader.Citations(count, key);
        return (new Resolution(key, symbol, suffixes, titles, new StoredParagraphs(part, offset, length, bytesHash, key, count, digest, citations, recent)), firstSlot);
    }

    /// <summary>
    /// The paragraphs of resolution <paramref name="key"/> from <paramref name="length"/> bytes at <paramref name="offset"/>
    /// of <paramref name="part"/>, checked against what the manifest says of them (the bytes' hash, key, count, their
    /// keys' digest, texts within their files); throws <see cref="StoredModelReadException"/> otherwise: a paragraph is
    /// never quoted from bytes that are not its own, nor under another's citation (the hash covers where each text lies).
    /// </summary>
    internal static ParagraphsRead ReadParagraphs(ModelPart part, long offset, int length, ulong bytesHash, string key, int count, ulong keysDigest)
    {
        var bytes = new byte[length];
        part.File.ReadExactly(offset, bytes);
        if (XxHash64.HashToUInt64(bytes) != bytesHash)
            throw new StoredModelReadException(part.File, $"the paragraphs of {key} are not the bytes the model wrote");
        var reader = new Reader(bytes, part.Texts, new StringPool());
        var read = new ParagraphsRead();
        try
        {
            if (reader.String() != key)
                throw new InvalidDataException("another resolution's");
            read.Paragraphs = ReadParagraphs(reader, read);
            if (read.Paragraphs.Length != count || StoredParagraphs.KeysDigestOf(read.Paragraphs) != keysDigest)
                throw new InvalidDataException("other paragraphs than the manifest says");
            if (!reader.AtEnd || !reader.TextsWithin())
                throw new InvalidDataException("longer than the manifest says, or reaching past its texts");
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or ArgumentException)
        {
            throw new StoredModelReadException(part.File, $"the paragraphs of {key} are damaged: {e.Message}", e);
        }
        catch (InvalidDataException e)
        {
            throw new StoredModelReadException(part.File, $"the paragraphs of {key} are not what the model's manifest says: {e.Message}", e);
        }
        return read;
    }

    private static PersistedCorpus? Fail(string why, out string? problem, IReadOnlyList<SnapshotFile> opened)
    {
        foreach (var file in opened)
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

    private static Paragraph[] ReadParagraphs(Reader reader, ParagraphsRead read) =>
        // Arguments and initialisers are evaluated left to right, top to bottom: the order they were written in.
        reader.Array(() => new Paragraph(reader.Pooled(), reader.Kind(), reader.OptionalPooled(), reader.OptionalPooled(), reader.ParagraphTexts(),
            reader.Action(), (Addressee)reader.Int32(), reader.Array(reader.Pooled), reader.Int32())
        {
            Terms = reader.Array(reader.Pooled),
            SectionTitles = reader.SectionTitles(),
            SubItems = ReadParagraphs(reader, read),
            Cites = reader.Array(reader.Pooled),
            ReadWith = read,
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
    /// <param name="newTexts">The number of the new text file, where <paramref name="texts"/> writes: one past the linked ones.</param>
    /// <param name="linked">The number of each linked text file in the manifest's list.</param>
    private sealed class Writer(Stream stream, Stream texts, int newTexts, IReadOnlyDictionary<SnapshotFile, int> linked) : BinaryWriter(stream, Encoding.UTF8, leaveOpen: true)
    {
        private byte[] _buffer = new byte[4096];

        /// <summary>The text file's number, the start in it, then the language, byte length and checksum (CRC-32) of each version, in the dictionary's order.</summary>
        public void WriteParagraphTexts(IReadOnlyDictionary<Model.Language, string> versions)
        {
            if (versions is StoredTexts stored && linked.TryGetValue(stored.File, out var file))
            {
                Write7BitEncodedInt(file);
                Write(stored.Start);
                Write((byte)stored.Count);
                foreach (var (language, length, checksum) in stored.Versions)
                {
                    Write((byte)language);
                    Write(length);
                    Write(checksum);
                }
                return;
            }
            Write7BitEncodedInt(newTexts);
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
                Write(Crc32.HashToUInt32(_buffer.AsSpan(0, bytes)));
            }
        }
    }

    /// <summary>
    /// A binary reader that checks what it reads: counts within the bytes left, enums within their values, texts
    /// within the text section. Strings that repeat across paragraphs (keys, glossary ids, section titles) are read
    /// once per distinct value, so a million paragraphs share a few thousand strings.
    /// </summary>
    /// <remarks>
    /// It reads from bytes in memory (the whole manifest, or one resolution's bytes of a part), as
    /// <see cref="BinaryWriter"/> wrote them: little-endian numbers, strings as a 7-bit encoded byte length and UTF-8.
    /// Reading past the end throws <see cref="EndOfStreamException"/>, as a stream would.
    /// </remarks>
    private sealed class Reader(byte[] bytes, IReadOnlyList<SnapshotFile> texts, StringPool pool)
    {
        private int _position;

        /// <summary>Where reading stops: the end of the bytes, or before a trailer (<see cref="EndBefore"/>).</summary>
        private int _end = bytes.Length;

        /// <summary>The section titles of the paragraph read last: the paragraphs of one section share one dictionary.</summary>
        private LastRead<IReadOnlyDictionary<Model.Language, string>> _lastSectionTitles;

        /// <summary>The suffixes, titles and document symbol of the resolution read last: a document's resolutions mostly share them.</summary>
        private LastRead<IReadOnlyDictionary<Model.Language, string>> _lastSuffixes, _lastTitles;

        private LastRead<string> _lastSymbol;

        private static readonly IReadOnlyDictionary<Model.Language, string> EmptyTexts = new Dictionary<Model.Language, string>();

        /// <summary>How far into each text file the paragraphs read so far reach: checked against its length at the end.</summary>
        private readonly Dictionary<SnapshotFile, long> _textsEnd = new(ReferenceEqualityComparer.Instance);

        /// <summary>True when no paragraph's texts reach past the end of its text file.</summary>
        public bool TextsWithin() => _textsEnd.All(e => e.Value <= e.Key.Length);

        /// <summary>True when every byte before the end has been read.</summary>
        public bool AtEnd => _position == _end;

        /// <summary>Leaves the last <paramref name="trailer"/> bytes unread (the manifest's checksum, checked separately).</summary>
        public void EndBefore(int trailer) => _end = bytes.Length - trailer >= _position ? bytes.Length - trailer : throw new EndOfStreamException();

        /// <summary>The next <paramref name="count"/> bytes, moving past them.</summary>
        private ReadOnlySpan<byte> Take(int count)
        {
            if (count < 0 || count > _end - _position)
                throw new EndOfStreamException($"{count} bytes wanted at {_position} of {_end}");
            var taken = bytes.AsSpan(_position, count);
            _position += count;
            return taken;
        }

        public byte Byte() => _position < _end ? bytes[_position++] : throw new EndOfStreamException($"a byte wanted at {_position} of {_end}");

        public int SevenBitInt32() => ManifestStrings.SevenBitInt32(bytes.AsSpan(0, _end), ref _position);

        public string String()
        {
            var length = SevenBitInt32();
            if (length < 0)
                throw new FormatException($"a string of {length} bytes");
            return Encoding.UTF8.GetString(Take(length));
        }

        /// <summary>A string as <see cref="String"/> writes it, the same instance for every occurrence of the same value.</summary>
        public string Pooled()
        {
            var length = SevenBitInt32();
            if (length < 0 || length > _end - _position)
                throw new InvalidDataException($"string of {length} bytes out of range");
            return pool.Of(Take(length));
        }

        /// <summary>A resolution's document symbol, pooled.</summary>
        public string Symbol() => Repeated(ref _lastSymbol, static reader => reader.Pooled());

        /// <summary>A value read last and the bytes it was read from.</summary>
        private record struct LastRead<T>(T Value, int Start, int Length) where T : class;

        /// <summary>
        /// What <paramref name="read"/> reads next, or <paramref name="last"/>'s value without reading it again when the
        /// next bytes are the ones that was read from: reading is a function of the bytes, so the same bytes give the same
        /// value and end at the same place. At open this runs per resolution, and most repeat the one before.
        /// </summary>
        private T Repeated<T>(ref LastRead<T> last, Func<Reader, T> read) where T : class
        {
            if (last.Value is not null && last.Length <= _end - _position && bytes.AsSpan(_position, last.Length).SequenceEqual(bytes.AsSpan(last.Start, last.Length)))
            {
                _position += last.Length;
                return last.Value;
            }
            var start = _position;
            var value = read(this);
            last = new LastRead<T>(value, start, _position - start);
            return value;
        }

        public string? OptionalPooled() => Boolean() ? Pooled() : null;

        public int Int32() => System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(Take(sizeof(int)));

        public long Int64() => System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(Take(sizeof(long)));

        public uint UInt32() => System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(Take(sizeof(uint)));

        public ulong UInt64() => System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(Take(sizeof(ulong)));

        public bool Boolean() => Byte() switch
        {
            0 => false,
            1 => true,
            _ => throw new InvalidDataException("not a boolean"),
        };

        public string? OptionalString() => Boolean() ? String() : null;

        public int? OptionalInt32() => Boolean() ? Int32() : null;

        public Model.Language Language() => Byte() is var b && b <= (byte)Model.Language.Fr ? (Model.Language)b : throw new InvalidDataException("not a language");

        public ParagraphKind Kind() => Byte() is var b && b <= (byte)ParagraphKind.Operative ? (ParagraphKind)b : throw new InvalidDataException("not a paragraph kind");

        public OperativeAction Action() => Int32() is var a && Enum.IsDefined((OperativeAction)a) ? (OperativeAction)a : throw new InvalidDataException("not an action");

        /// <summary>A resolution's suffixes by language; the same dictionary as the last resolution's when they are the same (a document's mostly are).</summary>
        public IReadOnlyDictionary<Model.Language, string> Suffixes() => Repeated(ref _lastSuffixes, static reader => reader.Texts());

        /// <summary>
        /// A resolution's titles by language, left in the manifest's bytes until asked for (<see cref="ManifestTexts"/>);
        /// the same dictionary as the last resolution's when they are the same, byte for byte.
        /// </summary>
        public IReadOnlyDictionary<Model.Language, string> Titles() => Repeated(ref _lastTitles, static reader => reader.ManifestTitles());

        private IReadOnlyDictionary<Model.Language, string> ManifestTitles()
        {
            var count = Count();
            if (count == 0)
                return EmptyTexts;
            var start = _position;
            _position += ManifestTexts.Check(bytes, start, _end, count);
            return new ManifestTexts(bytes, start, _position - start, count);
        }

        /// <summary>Texts by language, as <see cref="WriteTexts"/> wrote them; one shared empty dictionary.</summary>
        private IReadOnlyDictionary<Model.Language, string> Texts()
        {
            var count = Count();
            if (count == 0)
                return EmptyTexts;
            var texts = new Dictionary<Model.Language, string>(count);
            for (var i = 0; i < count; i++)
            {
                // A language given twice (only in a damaged file) keeps its last text.
                var language = Language();
                texts[language] = Pooled();
            }
            return texts;
        }

        /// <summary>
        /// A resolution's citations, left in the manifest's bytes until used (<see cref="ManifestCitations"/>); each
        /// names one of its <paramref name="paragraphs"/>.
        /// </summary>
        public IReadOnlyList<(int Paragraph, string Cite)> Citations(int paragraphs, string resolution)
        {
            var count = Count();
            if (count == 0)
                return [];
            var start = _position;
            _position += ManifestCitations.Check(bytes, start, _end, count, paragraphs, resolution);
            return new ManifestCitations(bytes, start, count, pool);
        }

        /// <summary>Where a paragraph's versions lie in the text section, as <see cref="Writer.WriteParagraphTexts"/> wrote it.</summary>
        public StoredTexts ParagraphTexts()
        {
            var file = SevenBitInt32();
            if (file < 0 || file >= texts.Count)
                throw new InvalidDataException($"text file {file} of {texts.Count}");
            var start = Int64();
            var count = Byte();
            if (count > 3 || start < 0)
                throw new InvalidDataException("not a paragraph's texts");
            Span<(Model.Language, int, uint)> versions = stackalloc (Model.Language, int, uint)[count];
            var end = start;
            for (var i = 0; i < count; i++)
            {
                versions[i] = (Language(), Int32(), UInt32());
                if (versions[i].Item2 < 0)
                    throw new InvalidDataException("negative text length");
                end += versions[i].Item2;
            }
            _textsEnd[texts[file]] = Math.Max(_textsEnd.GetValueOrDefault(texts[file]), end);
            return new StoredTexts(texts[file], start, versions);
        }

        /// <summary>A paragraph's section titles by language, as <see cref="Suffixes"/>.</summary>
        public IReadOnlyDictionary<Model.Language, string> SectionTitles() => Repeated(ref _lastSectionTitles, static reader => reader.Texts());

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
        public int Count()
        {
            var count = Int32();
            if (count < 0 || count > _end - _position)
                throw new InvalidDataException($"count {count} out of range");
            return count;
        }

    }
}
