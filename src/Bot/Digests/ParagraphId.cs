using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Digests;

/// <summary>"document|resolution|paragraph": how storage names a paragraph, stable across restarts and corpus reloads.</summary>
internal static class ParagraphId
{
    public static string Of(Citation citation) => $"{citation.Document}|{citation.Resolution}|{citation.Paragraph}";

    public static string Of(Resolution resolution, Paragraph paragraph) => $"{resolution.DocumentSymbol}|{resolution.Key}|{paragraph.Key}";
}
