using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Glossary;

/// <summary>What <see cref="ClauseAnnotator"/> read from a paragraph.</summary>
public sealed record ClauseAnnotation(OperativeAction Action, Addressee Addressees, IReadOnlyList<string> NamedBodies, IReadOnlyList<string> Terms);
