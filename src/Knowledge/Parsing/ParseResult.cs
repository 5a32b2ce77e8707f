namespace ResBot.Knowledge.Parsing;

/// <summary>
/// A parsed document, or the errors that stop it from being indexed, never both; with the warnings a reader
/// should see either way ("paragraph numbers 4–6 missing in 1/44").
/// </summary>
public sealed record ParseResult(ParsedDocument? Document, IReadOnlyList<ParseError> Errors)
{
    public bool Succeeded => Document is not null && Errors.Count == 0;

    /// <summary>What the reader noticed and could live with, each with its line.</summary>
    public IReadOnlyList<ParseError> Warnings { get; init; } = [];

    public static ParseResult Failed(string source, int line, string message) => new(null, [new ParseError(source, line, message)]);
}
