namespace ResBot.Knowledge.Model;

/// <summary>Metadata of a document, merged over its language versions.</summary>
/// <param name="Symbol">"OIC/CFM-38/2011/INF/RES/FINAL".</param>
/// <param name="Body">"OIC", "UN", "LAS" …</param>
/// <param name="Session">The session number, e.g. 38.</param>
/// <param name="Place">Where the session met, in the authoritative language.</param>
/// <param name="Dates">The dates as printed, in the authoritative language.</param>
/// <param name="AuthoritativeLanguage">The language of the authoritative text.</param>
/// <param name="Languages">Every language version the corpus holds, and whether each is authoritative.</param>
public sealed record DocumentInfo(
    string Symbol,
    string Body,
    int? Session,
    string? Place,
    string? Dates,
    Language AuthoritativeLanguage,
    IReadOnlyList<Language> Languages)
{
    /// <summary>Its resolutions' keys in the order the document prints them: what "the fourth resolution" counts.</summary>
    public IReadOnlyList<string> ResolutionKeys { get; init; } = [];
}
