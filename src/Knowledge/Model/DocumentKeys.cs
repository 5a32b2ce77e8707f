namespace ResBot.Knowledge.Model;

/// <summary>
/// A document's symbol as the corpus compares and the index deletes by: symbols differ in case between files and
/// language versions. One function for every use, since an update that upper-cases otherwise than the index did
/// would delete nothing and leave the old paragraphs searchable beside the new ones.
/// </summary>
public static class DocumentKeys
{
    public static string Of(string symbol) => symbol.ToUpperInvariant();
}
