using System.Text.RegularExpressions;
using ResBot.Knowledge.Glossary;
using ResBot.Knowledge.Model;
using ResBot.Knowledge.Parsing;

namespace ResBot.Knowledge.Answers;

/// <summary>
/// Whether a clause asks a body the glossary names but no addressee flag covers (the Fund, a committee): "Urges the
/// World Digital Solidarity Fund and the General Secretariat to launch …" asks the Fund; "Urges the member States that
/// have not yet joined the World Digital Solidarity Fund to join it" asks the States, the Fund being what they join;
/// "… between the General Secretariat and the Fund, and calls upon them to cooperate" asks both, by a pronoun. Read
/// from the words between a directive verb and the "to" of what is asked. Pure.
/// </summary>
public static partial class AskedBody
{
    public static bool Asks(string text, Language language, GlossaryTerm body)
    {
        var names = body.Variants.GetValueOrDefault(language) ?? [];
        foreach (Match verb in Directive().Matches(text))
        {
            // "ويدعوهما إلى": Arabic writes the pronoun on the verb.
            if (verb.Groups["pronoun"].Success && names.Any(n => IndexOfName(text[..verb.Index], n) >= 0))
                return true;
            var start = verb.Index + verb.Length;
            var to = AskedTo().Match(text, start);
            var objects = text[start..(to.Success ? to.Index : text.Length)];
            // "the member States that have not yet joined the Fund": the Fund is in what qualifies the States.
            var relative = Relative().Match(objects) is { Success: true } r ? r.Index : objects.Length;
            if (names.Any(n => IndexOfName(objects[..relative], n) >= 0))
                return true;
            // "calls upon them", « les invite »: those named before.
            if ((Pronoun().IsMatch(objects) || PronounBefore().IsMatch(text[..verb.Index])) && names.Any(n => IndexOfName(text[..verb.Index], n) >= 0))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a question names the body as the one asked ("what is the Fund asked to do?", "what does 38/3 urge the
    /// Fund to do?", « que demande-t-on au Fonds ? », "ماذا يطلب القرار من الصندوق؟"), not as what the asking is about
    /// ("what are member States asked to do about the Fund?").
    /// </summary>
    public static bool IsAskedIn(string question, Language language, GlossaryTerm body)
    {
        foreach (var name in body.Variants.GetValueOrDefault(language) ?? [])
        {
            var at = IndexOfName(question, name);
            if (at < 0)
                continue;
            if (AskVerbBefore().IsMatch(question[..at]) || AskedAfter().IsMatch(question[(at + name.Length)..]))
                return true;
        }
        return false;
    }

    /// <summary>A verb of asking right before a name, or before the resolution asking and then the name: "urge the", « demande au », « demande la résolution 38/3 au », "يحث القرار ٣٨/٣", "يطلب من".</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:urges?|ask|asks|call\s+upon|calls\s+upon|calls?\s+on|requests?|invites?|encourages?|want|wants|expects?|demande(?:-t-(?:il|elle|on))?|exhorte(?:-t-(?:il|elle|on))?|invite(?:-t-(?:il|elle|on))?|prie(?:-t-(?:il|elle|on))?|يحث|يدعو|يطلب\s+من|يطالب|تحث|تدعو|تطلب\s+من|طلب\s+من|المطلوب\s+من|يطلب|تطلب)\s+(?:(?:the\s+|la\s+)?(?:r[ée]solution|res\.?|القرار|قرار)(?:\s+[\d٠-٩/.\-]+)?\s+(?:من\s+)?)?(?:(?:the|le|la|les|l['’]|au|aux|à\s+la|à\s+l['’]|ال)\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AskVerbBefore();

    /// <summary>What is asked of a name right after it: "is asked", "are urged to", "(what is the Fund) asked", « est invité », « sont priés », "مطالب".</summary>
    [GeneratedRegex(@"^\s*(?:(?:(?:is|are|was|were|being)\s+)?(?:being\s+)?(?:asked|urged|called\s+upon|called\s+on|requested|invited|encouraged|expected|supposed|told|pressed|meant)|(?:est|sont|a\s+été|ont\s+été)\s+(?:invitée?s?|priée?s?|appelée?s?|exhortée?s?|chargée?s?|censée?s?|encouragée?s?)|(?:مطالب|مدعو|مطلوب))", RegexOptions.IgnoreCase)]
    private static partial Regex AskedAfter();

    private static int IndexOfName(string text, string name) =>
        TextNormalizer.ToAsciiDigits(text).IndexOf(name, StringComparison.OrdinalIgnoreCase);

    /// <summary>The verbs that ask someone to act, as clauses print them.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:urges|calls\s+upon|calls\s+on|requests|invites|encourages|appeals\s+to|exhorte|invite|demande|prie|appelle|engage|encourage|[وف]?(?:يحث|يدعو|يطلب|يناشد|يشجع|يهيب)(?<pronoun>هما|هم|ها)?)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Directive();

    /// <summary>
    /// Where what is asked begins: "to launch", « à lancer », « à y adhérer », « de coopérer », "إلى إطلاق", "أن يطلق".
    /// French « à » and « de » only before an infinitive: « le Fonds mondial de solidarité numérique » is a name.
    /// </summary>
    [GeneratedRegex(@"(?<!\p{L})(?:to|(?:à|de|d['’])\s*(?:(?:y|en|se|s['’]|l['’]|les|leur|lui)\s*)?\p{L}+(?:er|ir|re|oir)|إلى|الى|على|أن|بأن)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex AskedTo();

    /// <summary>A French object pronoun before the verb: « les invite », « leur demande ».</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:les|leur|lui|l['’])\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PronounBefore();

    [GeneratedRegex(@"(?<!\p{L})(?:that|which|who|qui|dont|التي|الذي|الذين|اللتين|اللذين)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    /// <summary>An object pronoun after the verb ("calls upon them"); French puts it before (<see cref="PronounBefore"/>), where « les » after the verb is an article.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:them|it|هما|هم)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();
}
