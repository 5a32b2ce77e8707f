namespace ResBot.Knowledge.Answers;

/// <summary>A run of characters in a quoted text: where its sentence holding a fact starts, and how long it is.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public string Of(string text) => text.Substring(Start, Length);
}
