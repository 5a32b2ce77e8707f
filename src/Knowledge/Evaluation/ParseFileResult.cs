namespace ResBot.Knowledge.Evaluation;

/// <summary>How one file of the test set was read, against its truth.</summary>
/// <param name="Stem">"un-ga-58-85.en": the document id and language, which name its truth file.</param>
/// <param name="Format">"text", "html", "docx" or "pdf": the folder it sits in.</param>
/// <param name="Messages">The loader's errors and warnings, as it printed them.</param>
public sealed record ParseFileResult(
    string Path,
    string Stem,
    string Format,
    string Language,
    ParseScore Score,
    IReadOnlyList<ParseMismatch> Mismatches,
    IReadOnlyList<string> Messages);
