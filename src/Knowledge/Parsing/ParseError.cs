namespace ResBot.Knowledge.Parsing;

/// <summary>Why a document was refused, and where: the file and the 1-based line.</summary>
public sealed record ParseError(string Source, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{Source}:{Line}: {Message}" : $"{Source}: {Message}";
}
