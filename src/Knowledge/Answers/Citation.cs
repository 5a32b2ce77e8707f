using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Answers;

/// <summary>Where a quoted clause comes from: document, resolution and paragraph as printed.</summary>
public sealed record Citation(string Document, string Resolution, string Paragraph, ParagraphKind Kind)
{
    /// <summary>The compact key used in prompts and generated text: "38/4 ¶5".</summary>
    public string ShortKey => $"{Resolution} ¶{Paragraph}";

    /// <summary>"OIC/CFM-38/2011/INF/RES/FINAL, 38/4, ¶5": identical in every channel.</summary>
    public override string ToString() => $"{Document}, {Resolution}, ¶{Paragraph}";
}
