using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Parsing;

/// <summary>One language version of a document.</summary>
/// <param name="IsAuthoritative">False for translations (front matter `status: translation`).</param>
/// <param name="Note">A note from the metadata, e.g. "Unofficial translation".</param>
public sealed record ParsedDocument(
    string Source,
    string Symbol,
    string Body,
    int? Session,
    string? Place,
    string? Dates,
    Language Language,
    bool IsAuthoritative,
    string? Note,
    IReadOnlyList<ParsedResolution> Resolutions);
