namespace ResBot.Knowledge.Evaluation;

/// <summary>Counts for one file or summed over many: each "right" count over its "true" count.</summary>
/// <param name="ParagraphsKeyed">True paragraphs found under their key (in a resolution found under its key).</param>
/// <param name="ParagraphsKind">Of those, with the right kind.</param>
/// <param name="ParagraphsText">Of those, with the right text (after collapsing white space and NFKC).</param>
/// <param name="ParagraphsExtra">Paragraphs read that the truth does not have (in resolutions found).</param>
/// <param name="MetadataRight">Symbol (when the truth has one), body and session right, out of <paramref name="MetadataChecked"/>.</param>
public sealed record ParseScore(
    int Documents,
    int DocumentsAccepted,
    int ResolutionsTrue,
    int ResolutionsFound,
    int ResolutionsExtra,
    int ParagraphsTrue,
    int ParagraphsKeyed,
    int ParagraphsKind,
    int ParagraphsText,
    int ParagraphsExtra,
    int MetadataChecked,
    int MetadataRight)
{
    public static ParseScore Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public static ParseScore operator +(ParseScore a, ParseScore b) => new(
        a.Documents + b.Documents,
        a.DocumentsAccepted + b.DocumentsAccepted,
        a.ResolutionsTrue + b.ResolutionsTrue,
        a.ResolutionsFound + b.ResolutionsFound,
        a.ResolutionsExtra + b.ResolutionsExtra,
        a.ParagraphsTrue + b.ParagraphsTrue,
        a.ParagraphsKeyed + b.ParagraphsKeyed,
        a.ParagraphsKind + b.ParagraphsKind,
        a.ParagraphsText + b.ParagraphsText,
        a.ParagraphsExtra + b.ParagraphsExtra,
        a.MetadataChecked + b.MetadataChecked,
        a.MetadataRight + b.MetadataRight);

    /// <summary>Right over true for the strictest measure, key and text: 1 for a perfect parse.</summary>
    public double TextScore => ParagraphsTrue == 0 ? 1 : ParagraphsText / (double)ParagraphsTrue;

    public bool IsPerfect =>
        DocumentsAccepted == Documents && ResolutionsFound == ResolutionsTrue && ResolutionsExtra == 0
        && ParagraphsText == ParagraphsTrue && ParagraphsKind == ParagraphsTrue && ParagraphsExtra == 0
        && MetadataRight == MetadataChecked;
}
