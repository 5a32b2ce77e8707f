using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Parsing;

/// <summary>What the document has said about itself before a heading: it decides how the heading's numbers read.</summary>
/// <param name="Body">"OIC", "UN", "LAS", or null while unknown.</param>
/// <param name="Session">The session the document states, to tell "4/15" (resolution 4 of the 15th session) from "15/4".</param>
/// <param name="LeagueLevel">"SUM" or "MIN": which council of the Arab League an English or French decision number belongs to.</param>
/// <param name="Symbol">The document's symbol, when printed: "53/1." under A/HRC/RES/53/1 is that resolution.</param>
public sealed record HeadingContext(string? Body, int? Session, Language Language, string? LeagueLevel = null, string? Symbol = null);
