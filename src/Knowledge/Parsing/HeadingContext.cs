using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Parsing;

/// <summary>What the document has said about itself before a heading: it decides how the heading's numbers read.</summary>
/// <param name="Body">"OIC", "UN", "LAS", or null while unknown.</param>
/// <param name="Session">The session the document states, to tell "4/15" (resolution 4 of the 15th session) from "15/4".</param>
public sealed record HeadingContext(string? Body, int? Session, Language Language);
