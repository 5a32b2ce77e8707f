using ResBot.Knowledge.Parsing;
using System.Text.RegularExpressions;

namespace ResBot.Knowledge.Understanding;

/// <summary>
/// "Which resolutions mention Rabat?", « Quelles résolutions évoquent Damas ? », "ما القرارات التي تذكر الرباط؟": the
/// question asks where something is mentioned, so every clause that mentions it answers, preambular or operative,
/// however it ranks beside the others. Pure.
/// </summary>
public static partial class MentionCue
{
    public static bool IsAsked(string question) => Mention.IsMatch(question);

    // Plural nouns and verbs of mentioning only: "which paragraph talks about X?" wants the one that does.
    // A few words may come between the noun and the verb: "which paragraphs, across the resolutions, mention …",
    // « quels paragraphes des résolutions mentionnent … », « dans quelles résolutions, et à quels paragraphes, est-il question de … ».
    // "Does Turkey appear in more than one resolution?" asks for every mention too.
    private static readonly Regex Mention = SpellingVariants.Regex(@"(?<!\p{L})(?:(?:which|what)\s+(?:resolutions|paragraphs|clauses|texts|documents)(?:[\s,]+[\p{L}'’]+){0,4}?[\s,]+(?:also\s+)?(?:mention|refer\s+to|name|cite|talk\s+about|deal\s+with)|(?:in\s+)?(?:which|what)\s+(?:resolutions|paragraphs|clauses)\s+(?:is|are|was|were)\s+.{1,60}\s+(?:mentioned|named|cited)|(?:all|every)\s+(?:the\s+)?(?:paragraphs|clauses|mentions?)\s+(?:that\s+)?(?:of|mention|mentioning|naming|on)|(?:list|show|give|find|quote)\s+(?:me\s+)?(?:all|every)\s+(?:the\s+)?(?:paragraphs?|clauses?)(?:[\s,]+[\p{L}'’]+){0,8}?[\s,]+(?:that\s+|which\s+)?(?:mentions?|names?|cites?|refers?\s+to|mentioning|naming|citing)|(?:tous|toutes)\s+les\s+(?:paragraphes|alinéas|passages)(?:[\s,]+[\p{L}'’]+){0,6}?[\s,]+(?:qui\s+|où\s+)(?:mentionnent|citent|nomment|évoquent|figure|apparaît)|(?:paragraphs|clauses)\s+(?:mentioning|naming)|where['’]?s?\s+(?:is|are|was|were)?\s*.{1,60}\s+mentioned|mentioned\s+anywhere|quel(?:le)?s\s+(?:sont\s+les\s+)?(?:r[ée]solutions|paragraphes|alinéas|textes|documents)(?:[\s,]+[\p{L}'’]+){0,4}?[\s,]+(?:mentionnent|évoquent|citent|font\s+(?:référence|mention)|parlent\s+de)|dans\s+quel(?:le)?s\s+(?:r[ée]solutions|paragraphes)\s+.{1,60}\s+(?:mentionnée?s?|citée?s?|évoquée?s?)|dans\s+quel(?:le)?s\s+(?:r[ée]solutions|paragraphes|alinéas)(?:[\s,]+[\p{L}'’-]+){0,8}?[\s,]+(?:est-il\s+question|il\s+est\s+question|parle-t-on|évoque-t-on|cite-t-on|mentionne-t-on|trouve-t-on)|o[uù]\s+(?:est|sont)\s+(?:mentionn|cit)\p{L}*|toutes\s+les\s+mentions|(?:ما|أي|اي|في\s+أي|في\s+اي)?\s*(?:هي\s+|ماهي\s+)?(?:ال)?(?:قرارات|فقرات)\s+(?:(?:التي|اللي)\s+)?(?:تذكر|ذكرت|تشير|أشارت|يرد|ترد|ورد|وردت|يذكر|ذكر|تتحدث\s+عن|تتناول|بتذكر|تأتي\s+على\s+ذكر|يأتي\s+على\s+ذكر|ورد\s+فيها|يرد\s+فيها|ترد\s+فيها)|(?:أين|اين|وين)\s+(?:ورد|وردت|ذكر|ذكرت|يرد|ترد)|(?:in|across)\s+(?:more\s+than\s+one|several|multiple|many|two\s+or\s+more)\s+(?:resolutions?|paragraphs)|dans\s+(?:plusieurs|plus\s+d['’]une|différentes)\s+(?:r[ée]solutions?|paragraphes)|في\s+(?:أكثر|اكثر)\s+من\s+(?:قرار|فقرة)|في\s+عدة\s+(?:قرارات|فقرات))(?!\p{L})", RegexOptions.IgnoreCase);
}
