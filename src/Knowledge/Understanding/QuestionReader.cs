using ResBot.Knowledge.Glossary;
using ResBot.Knowledge.Model;
using ResBot.Knowledge.Parsing;

namespace ResBot.Knowledge.Understanding;

/// <summary>
/// Turns a question into a <see cref="QuestionIntent"/>: its language, the resolutions and paragraphs it names
/// (resolved against the corpus, since "4/38" and "38/4" are the same resolution), whom it is about, what
/// action, and which topic words remain.
/// </summary>
public sealed class QuestionReader(DomainGlossary glossary)
{
    /// <summary>Glossary ids too general to say what a question is about: every clause mentions the OIC.</summary>
    private static readonly HashSet<string> GenericTermIds = new(StringComparer.OrdinalIgnoreCase) { "OIC", "CFM" };


    public QuestionIntent Read(string question, Language language, ResolutionCorpus corpus)
    {
        var (known, unknown) = ResolveResolutions(ReferenceParser.FindResolutions(question), corpus);
        var paragraphs = ReferenceParser.FindParagraphs(question);
        if (ReferenceParser.FindSection(question) is { } section)
            paragraphs = paragraphs.Select(p => char.IsDigit(p[0]) ? $"{section}.{p}" : p).ToList();

        var tokens = glossary.Tokens(TextNormalizer.ToAsciiDigits(ReferenceParser.WithoutReferences(question)), language);
        var terms = glossary.FindTerms(tokens, language);
        var actions = glossary.FindActions(tokens, language);

        var addressee = Addressee.None;
        var termIds = new List<string>();
        foreach (var term in terms)
        {
            switch (term.Id)
            {
                case "MemberStates": addressee |= Addressee.MemberStates; break;
                case "SecretaryGeneral": addressee |= Addressee.SecretaryGeneral; break;
                case "GeneralSecretariat": addressee |= Addressee.GeneralSecretariat; break;
                default:
                    if (!GenericTermIds.Contains(term.Id) && !termIds.Contains(term.Id))
                        termIds.Add(term.Id);
                    break;
            }
        }

        var covered = new bool[tokens.Count];
        foreach (var match in terms.Concat(actions))
        {
            for (var i = match.Start; i < match.End; i++)
                covered[i] = true;
        }
        var questionWords = glossary.QuestionWords(language);
        // Numbers and ordinals ("38th", "39e") name sessions, which every clause of a session shares.
        var content = tokens.Where((t, i) => !covered[i] && !questionWords.Contains(t) && !t.Any(char.IsDigit)).Distinct().ToList();

        return new QuestionIntent(
            language,
            known,
            unknown,
            paragraphs,
            addressee,
            actions.Any(a => DomainGlossary.DirectiveActions.Contains(a.Id)),
            actions.Select(a => Enum.TryParse<OperativeAction>(a.Id, out var action) ? action : OperativeAction.None)
                .Where(a => a is not (OperativeAction.None or OperativeAction.Decides) && !DomainGlossary.DirectiveActions.Contains(a.ToString())).Distinct().ToList(),
            termIds,
            content,
            glossary.HasPreambleCue(tokens, language));
    }

    /// <summary>
    /// "38/4" and "4/38" name the same OIC resolution in different languages' order: take the reading that exists.
    /// A reference that matches nothing is reported in the corpus's order, guessing the session from known sessions.
    /// </summary>
    private static (List<string> Known, List<string> Unknown) ResolveResolutions(IReadOnlyList<ResolutionReference> references, ResolutionCorpus corpus)
    {
        var known = new List<string>();
        var unknown = new List<string>();
        var sessions = corpus.Sessions;
        foreach (var reference in references)
        {
            var candidates = reference.SessionFirst switch
            {
                true => [reference.SessionFirstKey],
                false => [reference.NumberFirstKey],
                null => new[] { reference.SessionFirstKey, reference.NumberFirstKey },
            };
            var match = candidates.Select(corpus.FindResolution).FirstOrDefault(r => r is not null);
            if (match is not null)
            {
                if (!known.Contains(match.Key))
                    known.Add(match.Key);
                continue;
            }
            var guess = reference.SessionFirst is null && !sessions.Contains(reference.First.ToString()) && sessions.Contains(reference.Second.ToString())
                ? reference.NumberFirstKey
                : candidates[0];
            if (!unknown.Contains(guess))
                unknown.Add(guess);
        }
        return (known, unknown);
    }
}
