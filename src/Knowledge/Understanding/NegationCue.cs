using ResBot.Knowledge.Parsing;
using System.Text.RegularExpressions;

namespace ResBot.Knowledge.Understanding;

/// <summary>
/// Whether a text says "not": "states that have not yet joined", "aren't members", « qui n'ont pas adhéré », "non
/// membres", "التي لم تنضم", "الدول غير المنضمة". A question about those who have not done something is answered by
/// the clause about them, not by the one about those who have. Pure.
/// </summary>
public static partial class NegationCue
{
    public static bool Holds(string text) => Negation.IsMatch(text);

    /// <summary>
    /// Whether a question asks about those who have not: "didn't the Council welcome …?", « le Conseil n'a-t-il pas
    /// salué … ? » ask whether it did, so a negation that opens an English question or a French inverted one does not count.
    /// </summary>
    public static bool IsAsked(string question) => Holds(Rhetorical.Replace(question, " "));

    private static readonly Regex Rhetorical = SpellingVariants.Regex(@"^\W*(?:did|does|do|is|was|are|were|has|have|had|should|could|would|will)n['’]t(?!\p{L})|(?<!\p{L})(?:(?:i['’]?m\s+)?not\s+sure|i\s+(?:do\s+not|don['’]?t)\s+know|is\s+it\s+not|(?:je\s+)?(?:ne\s+)?sais\s+pas|n['’]est-ce\s+pas|لا\s+[أا]عرف|ليس\s+لدي\s+فكرة|[أا]ليس)(?!\p{L})|(?<!\p{L})n(?:e\s+|['’])\p{L}+(?:-t)?-(?:il|elle|ils|elles|on)\s+pas(?!\p{L})", RegexOptions.IgnoreCase);

    // A word of its own, or English "n't" at the end of one ("haven't", "aren't", or as chat types it, "havent"; not
    // "dont", which is French far more often); French "n'ont pas" is read by its "pas"; spoken Arabic's ما or مو after a
    // relative ("اللي ما انضمت": that have not joined), where ما elsewhere asks "what".
    private static readonly Regex Negation = SpellingVariants.Regex(@"(?<!\p{L})(?:not|never|yet\s+to|non|ne|pas|jamais|لم|لا|لن|ليس|ليست|غير|(?:have|has|had|are|is|were|was|does|did)nt|(?<=(?:اللي|الي|التي|الذي|الذين|اللواتي)\s+)(?:ما|مو))(?!\p{L})|\p{L}n['’]t(?!\p{L})", RegexOptions.IgnoreCase);
}
