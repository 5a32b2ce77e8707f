using ResBot.Knowledge.Decoding;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Parsing;

/// <summary>What the document told the reader before its first resolution.</summary>
/// <param name="Body">"OIC", "UN", "LAS"; null when neither the header, the symbol nor the chapeau said.</param>
/// <param name="Session">The session the document states.</param>
/// <param name="ImplicitKey">The key of the one resolution a copy without any heading holds (from its symbol or file name).</param>
/// <param name="LeagueLevel">"SUM" or "MIN" for Arab League documents: the council at summit or ministerial level.</param>
/// <param name="Marks">How the file's format marks paragraphs.</param>
/// <param name="Symbol">The document symbol as printed, if any.</param>
internal sealed record ReaderSettings(string? Body, int? Session, Language Language, string? ImplicitKey, string? LeagueLevel, ParagraphMarks Marks, string? Symbol);
