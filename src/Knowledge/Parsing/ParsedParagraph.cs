using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Parsing;

/// <summary>One paragraph of one language version, as the parser read it.</summary>
/// <param name="Key">The citation key: "5", "E.1", "PP2", "OP-final", and for a sub-item "2(a)" or "2(a)(i)".</param>
/// <param name="Text">The text as printed; a paragraph with sub-items includes them, labels and all.</param>
/// <param name="SectionTitle">The heading of the lettered section it sits in ("On supporting IINA and ISBU"), if any.</param>
public sealed record ParsedParagraph(string Key, ParagraphKind Kind, string? Section, string? NumberAsPrinted, string Text, int Line, string? SectionTitle = null)
{
    /// <summary>Its sub-items "(a)", "(b)" …, each citable on its own ("2(a)"); empty for most paragraphs.</summary>
    public IReadOnlyList<ParsedParagraph> SubItems { get; init; } = [];

    /// <summary>The resolutions it cites ("Recalling its resolution 37/3-INF"), as keys or as printed pairs; see <see cref="CitedResolutions"/>.</summary>
    public IReadOnlyList<string> Cites { get; init; } = [];
}
