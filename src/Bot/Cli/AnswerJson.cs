using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Cli;

/// <summary>
/// The stable JSON contract of `ask --json`:
/// {"question","language","mode","answer","citations":[{"document","resolution","paragraph","kind","language","text"}]}
/// plus "outcome", "label" (generative answers), "notes", and on a citation "highlights" ([{"start","length"}] in
/// its text: the words stating the fact a one-fact question asked for).
/// </summary>
public sealed record AnswerJson(
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("label")] string? Label,
    [property: JsonPropertyName("answer")] string Answer,
    [property: JsonPropertyName("notes")] IReadOnlyList<string> Notes,
    [property: JsonPropertyName("citations")] IReadOnlyList<CitationJson> Citations)
{
    /// <summary>How the command line writes JSON: Arabic and French readable, absent values left out.</summary>
    internal static readonly JsonSerializerOptions Options = new()
    {
        // Arabic and French stay readable in the output instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static AnswerJson From(Answer answer) => new(
        answer.Question,
        answer.Language.Code(),
        answer.Mode == AnswerMode.Generative ? "generative" : "extractive",
        answer.Outcome.ToString().ToLowerInvariant(),
        answer.Label,
        answer.Lead,
        answer.Notes,
        answer.Clauses.Select(c => new CitationJson(
            c.Citation.Document, c.Citation.Resolution, c.Citation.Paragraph, c.Citation.Kind.Name(), c.TextLanguage.Code(), c.Text,
            c.IsMachineTranslation ? true : null,
            c.Highlights.Count > 0 ? c.Highlights.Select(h => new HighlightJson(h.Start, h.Length)).ToList() : null)).ToList());

    public string ToJsonLine() => JsonSerializer.Serialize(this, Options);
}

public sealed record CitationJson(
    [property: JsonPropertyName("document")] string Document,
    [property: JsonPropertyName("resolution")] string Resolution,
    [property: JsonPropertyName("paragraph")] string Paragraph,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("machineTranslation")] bool? MachineTranslation,
    [property: JsonPropertyName("highlights")] IReadOnlyList<HighlightJson>? Highlights = null);

/// <summary>A run of a citation's text, by character offset and length.</summary>
public sealed record HighlightJson(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("length")] int Length);
