namespace ResBot.Knowledge.Parsing;

/// <summary>A parsed document, or the errors that stop it from being indexed. Never both.</summary>
public sealed record ParseResult(ParsedDocument? Document, IReadOnlyList<ParseError> Errors)
{
    public bool Succeeded => Document is not null && Errors.Count == 0;

    public static ParseResult Failed(string source, int line, string message) => new(null, [new ParseError(source, line, message)]);
}
