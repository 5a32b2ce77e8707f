using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ResBot.Knowledge.Decoding;

/// <summary>
/// Word files (.docx): the body's paragraphs in reading order — table cells row by row, text boxes after the
/// paragraph that anchors them — with the labels Word's auto-numbering prints put back in
/// <see cref="TextBlock.ListLabel"/>, since OIC and Arab League secretariats number paragraphs and sections that way
/// and the numbers are nowhere in the text. Deleted revisions and field codes are left out, insertions kept;
/// headers, footers, footnotes and endnotes are not part of the body and are not read.
/// </summary>
public sealed class DocxDecoder : IDocumentDecoder
{
    private const string MainPart = "word/document.xml";

    private static ReadOnlySpan<byte> OleSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public string Format => "docx";

    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    /// <summary>
    /// Any ZIP claims to be Word here: the first kilobyte cannot tell a .docx from another ZIP, so
    /// <see cref="Decode"/> looks inside and refuses the others by name rather than letting them fall to the text decoder.
    /// </summary>
    public bool Sniffs(ReadOnlySpan<byte> head) => head.StartsWith("PK\u0003\u0004"u8);

    public DecodeResult Decode(byte[] bytes)
    {
        // Word encrypts a password-protected .docx into an OLE compound file, the container of the old binary .doc.
        if (bytes.AsSpan().StartsWith(OleSignature))
            return DecodeResult.Failed("the Word file is password-protected or in the old .doc format: save it as .docx without a password");
        if (!Sniffs(bytes))
            return DecodeResult.Failed("not a Word document: the file is not a ZIP package");

        using var stream = new MemoryStream(bytes, writable: false);
        try
        {
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true))
            {
                if (zip.GetEntry(MainPart) is null)
                    return DecodeResult.Failed("not a Word document: the ZIP holds no word/document.xml");
            }
            stream.Position = 0;
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            return Read(document);
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or XmlException or IOException or InvalidOperationException)
        {
            return DecodeResult.Failed($"the Word file is damaged: {e.Message}");
        }
    }

    private static DecodeResult Read(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart;
        if (main?.Document?.Body is not { } body)
            return DecodeResult.Failed("the Word file is damaged: its package names no main document");
        var styles = new WordStyles(main.StyleDefinitionsPart?.Styles);
        var numbering = new WordNumbering(main.NumberingDefinitionsPart?.Numbering, styles.NumIdOfStyle);
        var reader = new BodyReader(styles, numbering);
        reader.ReadBlocks(body, reader.Paragraphs);
        if (reader.Paragraphs.All(b => string.IsNullOrWhiteSpace(b.Text)))
            return DecodeResult.Failed("the Word document has no text");
        return DecodeResult.Decoded(new DecodedDocument("docx", ParagraphSpacing.Separate(reader.Paragraphs), ParagraphMarks.Blocks, []));
    }

    private sealed class BodyReader(WordStyles styles, WordNumbering numbering)
    {
        private int _paragraphNumber;

        public List<TextBlock> Paragraphs { get; } = [];

        public void ReadBlocks(OpenXmlElement container, List<TextBlock> output)
        {
            foreach (var child in container.ChildElements)
            {
                switch (child)
                {
                    case Paragraph paragraph:
                        ReadParagraph(paragraph, output);
                        break;
                    case Table table:
                        foreach (var row in table.Elements<TableRow>())
                            ReadRow(row, output);
                        break;
                    case SdtBlock or CustomXmlBlock or SdtContentBlock:
                        ReadBlocks(child, output);
                        break;
                }
            }
        }

        /// <summary>
        /// A row of one-paragraph cells is one line, cells joined by a tab, so a layout table holding "1." in one
        /// cell and the paragraph in the next still reads "1. Requests …". Rows with longer cells are read cell by cell.
        /// </summary>
        private void ReadRow(TableRow row, List<TextBlock> output)
        {
            var cells = new List<List<TextBlock>>();
            foreach (var cell in row.Descendants<TableCell>().Where(c => c.Ancestors<TableRow>().First() == row))
            {
                var blocks = new List<TextBlock>();
                ReadBlocks(cell, blocks);
                cells.Add(blocks.Where(b => b.AsLine().Trim().Length > 0).ToList());
            }
            if (cells.All(c => c.Count <= 1) && cells.Any(c => c.Count == 1))
            {
                var filled = cells.Where(c => c.Count == 1).Select(c => c[0]).ToList();
                output.Add(filled[0] with
                {
                    Text = string.Join('\t', filled.Select(b => b.AsLine())),
                    ListLabel = null,
                    ListLevel = 0,
                });
                return;
            }
            foreach (var blocks in cells)
                output.AddRange(blocks);
        }

        private void ReadParagraph(Paragraph paragraph, List<TextBlock> output)
        {
            var line = ++_paragraphNumber;
            var properties = paragraph.ParagraphProperties;
            var style = properties?.ParagraphStyleId?.Val?.Value;
            var content = new ParagraphContent(styles, style);
            content.ReadInline(paragraph);

            // An empty numbered paragraph still advances Word's counter, so the label is taken even when nothing is printed.
            var label = Label(properties, style);
            var rightToLeft = styles.IsRightToLeft(properties);
            for (var i = 0; i < content.Segments.Count; i++)
            {
                var (text, bold) = content.Segments[i];
                if (text.Length == 0)
                    continue;
                output.Add(new TextBlock(text, line)
                {
                    ListLabel = i == 0 ? label?.Label : null,
                    ListLevel = i == 0 ? label?.Level ?? 0 : 0,
                    StartsBold = bold,
                    RightToLeft = rightToLeft,
                });
            }
            foreach (var textBox in content.TextBoxes)
                ReadBlocks(textBox, output);
        }

        private (string Label, int Level)? Label(ParagraphProperties? properties, string? style)
        {
            int numId;
            int level;
            if (properties?.NumberingProperties is { NumberingId.Val.Value: var direct } numPr)
            {
                numId = direct;
                level = numPr.NumberingLevelReference?.Val?.Value ?? styles.NumberingOf(style)?.Level ?? 0;
            }
            else if (styles.NumberingOf(style) is { } inherited)
            {
                numId = inherited.NumId;
                level = inherited.Level ?? numbering.LevelOfStyle(numId, style!) ?? 0;
            }
            else
            {
                return null;
            }
            return numbering.Next(numId, level) is { } label ? (label, level) : null;
        }
    }

    /// <summary>The text of one paragraph, split at text-wrapping line breaks, and the text boxes anchored in it.</summary>
    private sealed class ParagraphContent(WordStyles styles, string? paragraphStyle)
    {
        private readonly StringBuilder _text = new();
        private bool? _startsBold;

        public List<(string Text, bool StartsBold)> Segments { get; } = [];

        public List<TextBoxContent> TextBoxes { get; } = [];

        public void ReadInline(OpenXmlElement element)
        {
            ReadChildren(element);
            EndSegment();
        }

        private void ReadChildren(OpenXmlElement element)
        {
            foreach (var child in element.ChildElements)
            {
                switch (child)
                {
                    case ParagraphProperties or RunProperties:
                    case DeletedRun or MoveFromRun or DeletedText or FieldCode or DeletedFieldCode:
                        break;
                    case Run run:
                        ReadRun(run);
                        break;
                    case TextBoxContent textBox:
                        TextBoxes.Add(textBox);
                        break;
                    // Choice and Fallback are two renderings of the same content: read one.
                    case AlternateContent alternate:
                        var rendering = (OpenXmlElement?)alternate.GetFirstChild<AlternateContentChoice>() ?? alternate.GetFirstChild<AlternateContentFallback>();
                        if (rendering is not null)
                            ReadChildren(rendering);
                        break;
                    default:
                        ReadChildren(child);
                        break;
                }
            }
        }

        private void ReadRun(Run run)
        {
            foreach (var child in run.ChildElements)
            {
                switch (child)
                {
                    case Text text:
                        Append(text.Text, run);
                        break;
                    case TabChar or PositionalTab:
                        _text.Append('\t');
                        break;
                    case NoBreakHyphen:
                        _text.Append('-');
                        break;
                    // Page and column breaks only move the text on; a line break starts a new line of the paragraph.
                    case Break br when br.Type is null || br.Type.Value == BreakValues.TextWrapping:
                    case CarriageReturn:
                        EndSegment();
                        break;
                    case Drawing or Picture or EmbeddedObject or AlternateContent:
                        ReadChildren(child);
                        break;
                }
            }
        }

        private void Append(string text, Run run)
        {
            if (_startsBold is null && !string.IsNullOrWhiteSpace(text))
                _startsBold = styles.IsBold(run, paragraphStyle, IsComplexScript(text, run));
            _text.Append(text);
        }

        private void EndSegment()
        {
            var text = Collapse(_text.ToString());
            Segments.Add((text, _startsBold ?? false));
            _text.Clear();
            _startsBold = null;
        }

        private static bool IsComplexScript(string text, Run run) =>
            run.RunProperties?.RightToLeftText is { } rtl && (rtl.Val?.Value ?? true)
            || text.Any(c => c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFEFC');

        /// <summary>Spaces (no-break ones included) made single; tabs kept, since a tab often separates a hand-typed number from its text.</summary>
        private static string Collapse(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                var space = c is ' ' or '\u00A0' or '\u2007' or '\u202F';
                if (space && (builder.Length == 0 || builder[^1] is ' ' or '\t'))
                    continue;
                builder.Append(space ? ' ' : c);
            }
            return builder.ToString().Trim();
        }
    }
}
