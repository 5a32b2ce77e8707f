using System.Text.Json.Serialization;

namespace ResBot.Knowledge.Evaluation;

/// <summary>One line of the question set: a question and the citations ("38/4:5") a correct answer gives; none for "not found".</summary>
public sealed record EvalQuestion(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("expected")] IReadOnlyList<string> Expected)
{
    /// <summary>"train" or "test", for question sets used to tune as well as to measure; absent in older sets.</summary>
    [JsonPropertyName("split")]
    public string? Split { get; init; }

    /// <summary>
    /// What the question exercises. eval/questions.jsonl uses <see cref="EvalKinds.All"/> (paraphrase, precise-fact,
    /// cross-lingual, preamble, dates-numbers, multi-resolution, reference, chat-style, not-found, directive);
    /// the held-out sets use reference, paragraph, topic, directive, preamble, notfound, crossref.
    /// </summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; init; }
}
