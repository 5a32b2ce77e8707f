using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Corpus;

/// <summary>
/// The paragraphs of one resolution read together from a persisted model's part. Each of them refers to it
/// (<see cref="Paragraph.ReadWith"/>), so the read stays alive while any one of its paragraphs is in use, and the
/// resolution hands out the same objects until none is.
/// </summary>
internal sealed class ParagraphsRead
{
    /// <summary>Set once, right after the paragraphs that refer to this read are made.</summary>
    public Paragraph[] Paragraphs { get; set; } = [];
}
