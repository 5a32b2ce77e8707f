using System.Text.Json.Serialization;

namespace ResBot.Knowledge.Evaluation;

/// <summary>One paragraph of a truth file: key as cited ("PP1", "2", "2(a)", "A.1", "OP-final"), kind, text as printed.</summary>
/// <param name="Kind">"preambular" or "operative".</param>
/// <param name="Parent">For a sub-item ("2(a)"), the key of the paragraph it belongs to ("2").</param>
public sealed record TruthParagraph(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("parent")] string? Parent = null);
