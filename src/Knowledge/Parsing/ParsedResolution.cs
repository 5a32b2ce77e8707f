namespace ResBot.Knowledge.Parsing;

/// <summary>One resolution of one language version.</summary>
/// <param name="Key">"session/number", whatever order the language prints it in.</param>
public sealed record ParsedResolution(string Key, string Suffix, string Title, IReadOnlyList<ParsedParagraph> Paragraphs, int Line);
