using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ResBot.Knowledge.Tests.Decoding;

/// <summary>Small Word files built in memory, for the numbering formats and markup LibreOffice does not write.</summary>
internal static class WordDocuments
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static string Samples(string name) => Path.Combine(AppContext.BaseDirectory, "Decoding", "Samples", name);

    /// <param name="body">The inner XML of w:body, with the w: prefix.</param>
    /// <param name="numbering">The inner XML of w:numbering.</param>
    /// <param name="styles">The inner XML of w:styles.</param>
    public static byte[] Build(string body, string? numbering = null, string? styles = null, string? header = null, string? footnote = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document($"<w:document xmlns:w=\"{W}\"><w:body>{body}</w:body></w:document>");
            if (numbering is not null)
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering($"<w:numbering xmlns:w=\"{W}\">{numbering}</w:numbering>");
            if (styles is not null)
                main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles($"<w:styles xmlns:w=\"{W}\">{styles}</w:styles>");
            if (header is not null)
                main.AddNewPart<HeaderPart>().Header = new Header($"<w:hdr xmlns:w=\"{W}\"><w:p><w:r><w:t>{header}</w:t></w:r></w:p></w:hdr>");
            if (footnote is not null)
                main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes($"<w:footnotes xmlns:w=\"{W}\"><w:footnote w:id=\"1\"><w:p><w:r><w:t>{footnote}</w:t></w:r></w:p></w:footnote></w:footnotes>");
        }
        return stream.ToArray();
    }

    /// <summary>A paragraph of plain runs, numbered when numId is given.</summary>
    public static string Paragraph(string text, int? numId = null, int level = 0, string? extraProperties = null) =>
        $"<w:p><w:pPr>{(numId is { } id ? $"<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{id}\"/></w:numPr>" : "")}{extraProperties}</w:pPr><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    /// <summary>An abstractNum and its w:num with the same id; levels as (numFmt, lvlText, start, extra XML).</summary>
    public static string List(int id, params (string Format, string Text, int Start, string Extra)[] levels) =>
        $"<w:abstractNum w:abstractNumId=\"{id}\">"
        + string.Concat(levels.Select((l, i) => $"<w:lvl w:ilvl=\"{i}\"><w:start w:val=\"{l.Start}\"/><w:numFmt w:val=\"{l.Format}\"/>{l.Extra}<w:lvlText w:val=\"{l.Text}\"/></w:lvl>"))
        + $"</w:abstractNum><w:num w:numId=\"{id}\"><w:abstractNumId w:val=\"{id}\"/></w:num>";
}
