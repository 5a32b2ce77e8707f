using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Parsing;

/// <summary>One paragraph of one language version, as the parser read it.</summary>
public sealed record ParsedParagraph(string Key, ParagraphKind Kind, string? Section, string? NumberAsPrinted, string Text, int Line);
