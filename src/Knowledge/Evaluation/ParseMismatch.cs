namespace ResBot.Knowledge.Evaluation;

/// <summary>One difference between what the reader produced and the truth.</summary>
/// <param name="Where">"document", a resolution key, or "resolution:paragraph".</param>
/// <param name="What">"refused", "symbol", "body", "session", "resolution missing", "resolution extra", "paragraph missing", "paragraph extra", "kind", "text".</param>
public sealed record ParseMismatch(string Where, string What, string Expected, string Got);
