namespace ResBot.Knowledge.Glossary;

/// <summary>A glossary term or an action found in a text, by token position (after analysis).</summary>
public sealed record TermMatch(string Id, int Start, int End);
