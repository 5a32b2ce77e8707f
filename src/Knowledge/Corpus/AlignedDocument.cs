using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Corpus;

/// <summary>One document aligned across its language versions: its metadata and its resolutions, in the order it prints them.</summary>
public sealed record AlignedDocument(DocumentInfo Info, IReadOnlyList<Resolution> Resolutions);
