using ResBot.Knowledge.Parsing;

namespace ResBot.Knowledge.Corpus;

/// <summary>What happened to one corpus file: accepted (with what it held) or refused (with why, by line).</summary>
public sealed record CorpusFileReport(string Path, ParsedDocument? Document, IReadOnlyList<ParseError> Errors)
{
    public bool Accepted => Document is not null && Errors.Count == 0;
}
