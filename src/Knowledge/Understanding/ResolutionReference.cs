namespace ResBot.Knowledge.Understanding;

/// <summary>A resolution reference as typed: two numbers in the order the user wrote them.</summary>
/// <param name="First">The first number written.</param>
/// <param name="Second">The second number written.</param>
/// <param name="SessionFirst">True when the form says which is the session ("resolution 4 of the 38th session" → false, with First=4).</param>
/// <param name="Text">The matched text, for messages.</param>
public sealed record ResolutionReference(int First, int Second, bool? SessionFirst, string Text)
{
    /// <summary>The key if <see cref="First"/> is the session, the Arabic and UN order: "38/4".</summary>
    public string SessionFirstKey => $"{First}/{Second}";

    /// <summary>The key if <see cref="First"/> is the number, the OIC's English and French order: "4/38" → "38/4".</summary>
    public string NumberFirstKey => $"{Second}/{First}";
}
