using ResBot.Knowledge.Parsing;

namespace ResBot.Knowledge.Corpus;

/// <summary>What happened to one corpus file: accepted (with what it held) or refused (with why, by line), and the warnings either way.</summary>
public sealed record CorpusFileReport(string Path, ParsedDocument? Document, IReadOnlyList<ParseError> Errors)
{
    public bool Accepted => Document is not null && Errors.Count == 0;

    /// <summary>"text", "html", "docx" or "pdf"; null when the file could not be decoded.</summary>
    public string? Format { get; init; }

    public IReadOnlyList<ParseError> Warnings { get; init; } = [];

    /// <summary>SHA-256 of the bytes read and the metadata that went with them: its share of the corpus's content hash.</summary>
    public string Hash { get; init; } = "";

    /// <summary>The file's <see cref="CorpusLoader.FileStamp"/> when it was read: a reload that finds the same stamp reuses this report.</summary>
    public string Stamp { get; init; } = "";
}
