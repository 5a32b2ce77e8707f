using ResBot.Knowledge.Parsing;
using System.Text.RegularExpressions;

namespace ResBot.Knowledge.Understanding;

/// <summary>
/// Reads whether a question is about references between resolutions, in the three languages: "what followed 37/3",
/// "which resolutions respond to it", "ما الذي تلا القرار" ask for later ones; "which earlier resolutions does 38/4
/// build on", "sur quelles résolutions s'appuie", "القرارات السابقة" for earlier ones. Pure.
/// </summary>
public static partial class CitationCue
{
    public static CitationQuestion Read(string question)
    {
        if (Later.IsMatch(question))
            return CitationQuestion.LaterResolutions;
        return Earlier.IsMatch(question) ? CitationQuestion.EarlierResolutions : CitationQuestion.None;
    }

    private static readonly Regex Later = SpellingVariants.Regex(@"\b(?:followed|follow(?:ed)?\s+up\s+on|subsequent|later\s+resolutions?|in\s+response\s+to|respond(?:s|ed)?\s+to|built\s+on\s+it|build\s+on\s+(?:it|resolution|res\.|\d)|(?:which|what)\s+(?:later\s+)?(?:resolutions?|texts?|decisions?)\s+(?:cite|cites|recall|recalls|refer\s+to|refers\s+to|mention)\s+(?:it|resolution|res\.|\d)|ont\s+suivi|a\s+suivi|ultérieures?|en\s+réponse\s+à|s'appuient\s+sur\s+(?:la|elle|\d)|font\s+référence\s+à)|تلا|تلته|اللاحقة|ردا\s+على|رداً\s+على|استندت\s+إلى|تستند\s+إلى\s+القرار|أشارت\s+إلى", RegexOptions.IgnoreCase);

    private static readonly Regex Earlier = SpellingVariants.Regex(@"\b(?:earlier|previous|prior|preceding)\s+(?:resolutions?|decisions?|texts?)|\bbuilds?\s+(?:up)?on\b|\bbased\s+on\s+which|\bwhich\s+resolutions?\s+(?:does|did)\s+.{1,40}\s+(?:recall|cite|refer\s+to|mention)|\brésolutions?\s+(?:antérieures?|précédentes?)|s'appuie|\brappelle-t-elle|\bquelles?\s+résolutions?\s+.{1,40}\s+(?:rappelle|cite|mentionne)|القرارات\s+السابقة|القرار\s+السابق|يستند\s+إليها|يستند\s+إليه|التي\s+يشير\s+إليها|التي\s+يذكرها", RegexOptions.IgnoreCase);
}
