using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Parsing;

/// <summary>One paragraph of one language version, as the parser read it.</summary>
/// <param name="SectionTitle">The heading of the lettered section it sits in ("On supporting IINA and ISBU"), if any.</param>
public sealed record ParsedParagraph(string Key, ParagraphKind Kind, string? Section, string? NumberAsPrinted, string Text, int Line, string? SectionTitle = null);
