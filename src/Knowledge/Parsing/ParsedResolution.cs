namespace ResBot.Knowledge.Parsing;

/// <summary>One resolution of one language version.</summary>
/// <param name="Key">Unambiguous across bodies: "38/4" (OIC, session/number whatever order the language prints),
/// "A/RES/58/85", "S/RES/242 (1967)", "LAS/SUM/365 (19)".</param>
public sealed record ParsedResolution(string Key, string Suffix, string Title, IReadOnlyList<ParsedParagraph> Paragraphs, int Line);
