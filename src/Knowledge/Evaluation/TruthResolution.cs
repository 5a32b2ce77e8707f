using System.Text.Json.Serialization;

namespace ResBot.Knowledge.Evaluation;

/// <summary>One resolution of a truth file: its citation key ("A/RES/58/85", "41/3", "LAS/SUM/365 (19)"), title and paragraphs in order.</summary>
public sealed record TruthResolution(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("paragraphs")] IReadOnlyList<TruthParagraph> Paragraphs);
