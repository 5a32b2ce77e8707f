using System.Text.RegularExpressions;
using ResBot.Knowledge.Indexing;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Glossary;

/// <summary>
/// Reads what an operative paragraph does and whom it addresses, from every language version it has.
/// The action is the verb that opens the paragraph; the addressees are whoever a directive verb
/// (calls upon, urges, requests, encourages, invites) names right after it — "يدعو الدول الأعضاء",
/// "Urges the Digital Solidarity Fund and the General Secretariat" — not everyone the paragraph mentions.
/// With <paramref name="analysed"/>, the texts of paragraphs that go into the index keep their tokens there, so the
/// index does not analyse them again, and a section heading is analysed once for all the paragraphs under it.
/// </summary>
public sealed partial class ClauseAnnotator(DomainGlossary glossary, AnalysedTexts? analysed = null)
{
    /// <summary>How many tokens may open a paragraph before its verb ("Also requests", "وإذ يدعو").</summary>
    private const int LeadingVerbWindow = 3;

    /// <summary>How far after a directive verb its object may start (after stop words are gone).</summary>
    private const int ObjectWindow = 2;


    /// <param name="indexed">The paragraph is indexed on its own (not a sub-item): its texts' tokens are kept for the index.</param>
    public ClauseAnnotation Annotate(ParagraphKind kind, IReadOnlyDictionary<Language, string> texts, Language preferred, IReadOnlyDictionary<Language, string>? sectionTitles = null,
        bool indexed = false)
    {
        var action = OperativeAction.None;
        var addressees = Addressee.None;
        var bodies = new SortedSet<string>(StringComparer.Ordinal);
        var mentioned = new SortedSet<string>(StringComparer.Ordinal);
        var languagesMentioning = new Dictionary<string, int>(StringComparer.Ordinal);
        var inPreferred = new HashSet<string>(StringComparer.Ordinal);

        foreach (var (language, text) in texts.OrderBy(t => t.Key == preferred ? 0 : 1))
        {
            var title = sectionTitles?.GetValueOrDefault(language);
            var tokens = indexed && analysed is not null ? analysed.Tokens(text, language) : glossary.Tokens(text, language);
            var terms = glossary.FindTerms(tokens, language);
            // A heading is shared by the paragraphs under it: with analysed texts it is analysed once for them all.
            var titleTerms = title is null ? []
                : glossary.FindTerms(analysed is not null ? analysed.HeadingTokens(title, language) : glossary.Tokens(title, language), language);
            foreach (var id in terms.Concat(titleTerms).Select(t => t.Id).Distinct())
            {
                languagesMentioning[id] = languagesMentioning.GetValueOrDefault(id) + 1;
                if (language == preferred)
                    inPreferred.Add(id);
            }

            if (kind != ParagraphKind.Operative)
                continue;

            var actions = glossary.FindActions(tokens, language);
            if (action == OperativeAction.None
                && actions.FirstOrDefault(a => a.Start <= LeadingVerbWindow && a.Id != DomainGlossary.AsksAction) is { } leading
                && Enum.TryParse<OperativeAction>(leading.Id, out var parsed))
            {
                action = parsed;
            }

            // The media are asked only by a verb of their own. "Calls upon the member States to urge their national
            // media" asks the States: a verb right after the States is what they are to do. "…, and calls upon the
            // media to …" asks the media.
            var previousObjectsEnd = -1;
            foreach (var directive in actions.Where(a => DomainGlossary.DirectiveActions.Contains(a.Id)))
            {
                var (objects, objectsEnd) = ObjectsOf(directive, terms);
                var onBehalfOfTheLast = previousObjectsEnd >= 0 && directive.Start - previousObjectsEnd <= ObjectWindow;
                addressees |= onBehalfOfTheLast ? objects & ~Addressee.Media : objects;
                if (objects != Addressee.None)
                    previousObjectsEnd = objectsEnd;
            }
            addressees |= PronounObjects(text, language);
        }

        // A term is the paragraph's when its authoritative text names it, or two versions do: one translation's
        // homograph ("forme" read as "formation") is not enough to tag the clause.
        foreach (var (id, count) in languagesMentioning)
        {
            if (!inPreferred.Contains(id) && count < 2 && texts.ContainsKey(preferred))
                continue;
            mentioned.Add(id);
            if (glossary.Terms.TryGetValue(id, out var entry) && entry.IsBody)
                bodies.Add(entry.Id);
        }
        return new ClauseAnnotation(action, addressees, bodies.ToList(), mentioned.ToList());
    }

    /// <summary>The addressees named right after a directive verb, following "and" chains (the conjunction is a stop word or
    /// an Arabic prefix, so chained addressees are adjacent tokens).</summary>
    /// <returns>The addressees, and the token position where the last of them ends.</returns>
    private (Addressee Objects, int End) ObjectsOf(TermMatch verb, IReadOnlyList<TermMatch> terms)
    {
        var found = Addressee.None;
        var expectedStart = verb.End;
        var window = ObjectWindow;
        foreach (var term in terms.Where(t => t.Start >= verb.End).OrderBy(t => t.Start))
        {
            if (term.Start > expectedStart + window)
                break;
            var addressee = AddresseeOf(term.Id);
            if (addressee == Addressee.None)
                continue;
            found |= addressee;
            expectedStart = term.End;
            // "Calls upon the media in the member States": what follows the media is where they are, not another addressee.
            if (addressee == Addressee.Media)
                break;
            window = 0;
        }
        return (found, expectedStart);
    }

    /// <summary>
    /// "Notes the memorandum between the General Secretariat and the Fund, and calls upon them to cooperate": a directive
    /// verb whose object is a pronoun ("them", "les invite", "ويدعوها") addresses whoever the clause named before it.
    /// </summary>
    private Addressee PronounObjects(string text, Language language)
    {
        var match = PronounObject(language).Match(text);
        if (!match.Success || match.Index == 0)
            return Addressee.None;
        var before = glossary.FindTerms(glossary.Tokens(text[..match.Index], language), language);
        return before.Aggregate(Addressee.None, (found, term) => found | AddresseeOf(term.Id));
    }

    private static Regex PronounObject(Language language) => language switch
    {
        Language.Ar => ArabicPronounObject(),
        Language.Fr => FrenchPronounObject(),
        _ => EnglishPronounObject(),
    };

    [GeneratedRegex(@"\b(?:calls?\s+upon|calls?\s+on|urges?|requests?|invites?|encourages?|appeals?\s+to)\s+(?:them|both|it)\s+to\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishPronounObject();

    [GeneratedRegex(@"(?<!\p{L})(?:les|leur)\s+(?:invite|exhorte|prie|demande|engage|appelle|encourage)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex FrenchPronounObject();

    [GeneratedRegex(@"(?<!\p{L})و?(?:يدعو|يحث|يناشد|يشجع|يطلب\s+من|يطلب\s+إلى)(?:ها|هما|هم)(?!\p{L})")]
    private static partial Regex ArabicPronounObject();

    private Addressee AddresseeOf(string termId) =>
        AddresseeIds.Parse(termId) is var addressee && addressee != Addressee.None ? addressee
        : glossary.Terms.TryGetValue(termId, out var term) && term.IsBody ? Addressee.NamedBody
        : Addressee.None;
}
