namespace ResBot.Knowledge.Understanding;

/// <summary>
/// A resolution reference as typed: a session/number pair in the order the user wrote it ("38/4", "4/38",
/// "58/85"), a number alone ("resolution 242", "res. 3236", "قرار القمة 365") with its year or Roman session when
/// given ("242 (1967)", "3236 (XXIX)"), or a full symbol ("S/RES/2231 (2015)", "A/RES/58/85").
/// </summary>
/// <param name="First">The first number written.</param>
/// <param name="Second">The second number of a pair; null for a number alone.</param>
/// <param name="SessionFirst">True when the form says which is the session ("resolution 4 of the 38th session" → false, with First=4).</param>
/// <param name="Text">The matched text, for messages.</param>
public sealed record ResolutionReference(int First, int? Second, bool? SessionFirst, string Text)
{
    /// <summary>A symbol typed in full: "S/RES/2231 (2015)", "A/RES/58/85".</summary>
    public string? Symbol { get; init; }

    /// <summary>The year or Roman session printed after a number alone: "1967", "XXIX".</summary>
    public string? Qualifier { get; init; }

    /// <summary>"The fourth resolution": <see cref="First"/> is a place in a document, not a number.</summary>
    public bool Ordinal { get; init; }

    /// <summary>
    /// Written without the word "resolution" in a form other uses share ("38-4", "38.3"): a resolution only when the
    /// corpus holds it, never reported as missing.
    /// </summary>
    public bool Loose { get; init; }

    /// <summary>The body the question names next to the reference ("Security Council resolution 242" → "S/RES").</summary>
    public string? Body { get; init; }

    /// <summary>The key if <see cref="First"/> is the session, the Arabic and UN order: "38/4".</summary>
    public string SessionFirstKey => $"{First}/{Second}";

    /// <summary>The key if <see cref="First"/> is the number, the OIC's English and French order: "4/38" → "38/4".</summary>
    public string NumberFirstKey => $"{Second}/{First}";

    /// <summary>How to name it back to the user when the corpus does not hold it.</summary>
    public string Display => Symbol ?? (Second is null ? Qualifier is null ? $"{First}" : $"{First} ({Qualifier})" : Text);
}
