namespace ResBot.Knowledge.Parsing;

/// <summary>A resolution heading as read.</summary>
/// <param name="Key">The resolution key, unambiguous across bodies: "38/4", "8/41 (IS)", "A/RES/58/85", "S/RES/242 (1967)", "LAS/SUM/365 (19)".</param>
/// <param name="Suffix">The subject code as printed: "INF", "إع", "P"; empty when the form has none.</param>
/// <param name="InlineTitle">The title printed on the heading line itself, if any.</param>
/// <param name="Body">The body the heading form belongs to.</param>
public sealed record HeadingMatch(string Key, string Suffix, string? InlineTitle, string Body);
