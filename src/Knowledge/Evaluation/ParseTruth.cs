using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResBot.Knowledge.Evaluation;

/// <summary>
/// The true structure of one language version of a test document (eval/documents/truth/&lt;doc-id&gt;.&lt;lang&gt;.json),
/// shared by all its formats: what a perfect reader yields from it.
/// </summary>
/// <param name="Symbol">The document symbol as printed; null when the text prints none.</param>
/// <param name="Incomplete">The copy stops early (inside a preamble): the truth is what is there.</param>
public sealed record ParseTruth(
    [property: JsonPropertyName("symbol")] string? Symbol,
    [property: JsonPropertyName("body")] string Body,
    [property: JsonPropertyName("session")] int? Session,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("incomplete")] bool Incomplete,
    [property: JsonPropertyName("resolutions")] IReadOnlyList<TruthResolution> Resolutions)
{
    public static ParseTruth Read(string path) =>
        JsonSerializer.Deserialize<ParseTruth>(File.ReadAllText(path))
        ?? throw new InvalidDataException($"{Path.GetFileName(path)}: not a truth object");
}
