using System.Text.RegularExpressions;

namespace ResBot.Knowledge.Understanding;

/// <summary>
/// "Which resolutions mention Rabat?", « Quelles résolutions évoquent Damas ? », "ما القرارات التي تذكر الرباط؟": the
/// question asks where something is mentioned, so every clause that mentions it answers, preambular or operative,
/// however it ranks beside the others. Pure.
/// </summary>
public static partial class MentionCue
{
    public static bool IsAsked(string question) => Mention().IsMatch(question);

    // Plural nouns and verbs of mentioning only: "which paragraph talks about X?" wants the one that does.
    // A few words may come between the noun and the verb: "which paragraphs, across the resolutions, mention …",
    // « quels paragraphes des résolutions mentionnent … ».
    [GeneratedRegex(@"(?<!\p{L})(?:(?:which|what)\s+(?:resolutions|paragraphs|clauses|texts|documents)(?:[\s,]+[\p{L}'’]+){0,4}?[\s,]+(?:also\s+)?(?:mention|refer\s+to|name|cite)|where\s+(?:is|are|was|were)\s+.{1,60}\s+mentioned|quel(?:le)?s\s+(?:résolutions|paragraphes|alinéas|textes|documents)(?:[\s,]+[\p{L}'’]+){0,4}?[\s,]+(?:mentionnent|évoquent|citent|font\s+référence)|(?:ما|أي|اي|في\s+أي|في\s+اي)\s+(?:هي\s+)?(?:ال)?(?:قرارات|فقرات)\s+(?:(?:التي|اللي)\s+)?(?:تذكر|ذكرت|تشير|أشارت|يرد|ترد|ورد|وردت|يذكر|ذكر)|أين\s+(?:ورد|وردت|ذكر|ذكرت|يرد|ترد))(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();
}
